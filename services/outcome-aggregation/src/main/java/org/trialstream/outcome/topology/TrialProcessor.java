package org.trialstream.outcome.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.trialstream.outcome.reporting.TrialReport;
import org.trialstream.outcome.reporting.TrialReportBuilder;
import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocols;

/**
 * Keeps every subject summary of a trial in the trial's partition (key trialId) and rebuilds the trial's report
 * from them. Rebuilding is O(subjects), so it runs at most once per {@code rebuildInterval} per changed trial
 * (wall-clock punctuation) rather than per event: a replay of millions of visits costs one rebuild per interval.
 * A changed report is stored for the API and forwarded as {@link TrialReport} for the snapshot publisher.
 */
final class TrialProcessor implements Processor<String, TrialUpdate, String, TrialReport> {

	private static final String SEPARATOR = "|";

	private final TrialProtocols protocols;

	private final Duration rebuildInterval;

	private final Set<String> changedTrials = new LinkedHashSet<>();

	private final Map<String, Instant> latestEventAt = new HashMap<>();

	/** Each trial's summaries as objects, loaded from the store on first use, so a rebuild deserialises nothing. */
	private final Map<String, Map<String, SubjectSummary>> summariesByTrial = new HashMap<>();

	private ProcessorContext<String, TrialReport> context;

	private KeyValueStore<String, SubjectSummary> subjects;

	private KeyValueStore<String, Unblinding> unblindings;

	private KeyValueStore<String, TrialReport> reports;

	TrialProcessor(TrialProtocols protocols, Duration rebuildInterval) {
		this.protocols = protocols;
		this.rebuildInterval = rebuildInterval;
	}

	@Override
	public void init(ProcessorContext<String, TrialReport> context) {
		this.context = context;
		this.subjects = context.getStateStore(OutcomeStores.TRIAL_SUBJECTS);
		this.unblindings = context.getStateStore(OutcomeStores.TRIAL_UNBLINDING);
		this.reports = context.getStateStore(OutcomeStores.TRIAL_REPORTS);
		// A re-initialised task may have been restored to an older state than this cache saw.
		summariesByTrial.clear();
		// A change committed just before a restart may not have been rebuilt yet: check every trial once.
		try (KeyValueIterator<String, SubjectSummary> all = subjects.all()) {
			all.forEachRemaining(entry -> changedTrials.add(trialOf(entry.key)));
		}
		try (KeyValueIterator<String, Unblinding> all = unblindings.all()) {
			all.forEachRemaining(entry -> changedTrials.add(entry.key));
		}
		context.schedule(rebuildInterval, PunctuationType.WALL_CLOCK_TIME, now -> rebuildChanged());
	}

	@Override
	public void process(Record<String, TrialUpdate> record) {
		TrialUpdate update = record.value();
		if (update == null || protocols.find(update.trialId()).isEmpty()) {
			return;
		}
		if (update.unblinding() != null) {
			if (unblindings.get(update.trialId()) == null) {
				unblindings.put(update.trialId(), update.unblinding());
			}
		}
		else if (update.summary() != null) {
			summaries(update.trialId()).put(update.subjectId(), update.summary());
			subjects.put(update.trialId() + SEPARATOR + update.subjectId(), update.summary());
		}
		if (update.at() != null) {
			latestEventAt.merge(update.trialId(), update.at(), (a, b) -> a.isAfter(b) ? a : b);
		}
		changedTrials.add(update.trialId());
	}

	private void rebuildChanged() {
		List<String> trials = new ArrayList<>(changedTrials);
		changedTrials.clear();
		trials.forEach(this::rebuild);
	}

	private void rebuild(String trialId) {
		List<SubjectSummary> summaries = new ArrayList<>(summaries(trialId).values());
		TrialReport previous = reports.get(trialId);
		Instant updatedAt = latest(previous == null ? null : previous.updatedAt(), latestEventAt.get(trialId));
		TrialReport report = new TrialReportBuilder(protocols.get(trialId)).build(summaries,
				unblindings.get(trialId), updatedAt);
		if (report.equals(previous)) {
			return;
		}
		reports.put(trialId, report);
		// A newer event that changed no aggregate moves updatedAt only: stored, but no new snapshot.
		if (previous == null || !report.withUpdatedAt(null).equals(previous.withUpdatedAt(null))) {
			context.forward(new Record<>(trialId, report, context.currentSystemTimeMs()));
		}
	}

	private Map<String, SubjectSummary> summaries(String trialId) {
		return summariesByTrial.computeIfAbsent(trialId, id -> {
			// Sorted, so the report's sums run in the same order however the summaries arrived (same doubles).
			Map<String, SubjectSummary> loaded = new TreeMap<>();
			try (KeyValueIterator<String, SubjectSummary> range = subjects.prefixScan(id + SEPARATOR,
					Serdes.String().serializer())) {
				range.forEachRemaining(entry -> loaded.put(entry.key.substring(id.length() + 1), entry.value));
			}
			return loaded;
		});
	}

	private static Instant latest(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private static String trialOf(String key) {
		return key.substring(0, key.indexOf(SEPARATOR));
	}

}
