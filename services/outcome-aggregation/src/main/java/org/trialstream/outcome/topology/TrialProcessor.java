package org.trialstream.outcome.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.trialstream.outcome.reporting.TrialReport;
import org.trialstream.outcome.reporting.TrialTally;
import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Keeps every subject summary of a trial in the trial's partition (store {@link OutcomeStores#TRIAL_SUBJECTS}, key
 * trialId|subjectId) and folds each new summary into the trial's running totals ({@link TrialTally}: the old summary
 * out, the new one in), so an update costs the same in a trial of 75 subjects as in one of 100,000. The totals live in
 * memory only: they are summed once from the store when a task starts. Changed trials' reports are computed from the
 * totals once per {@code rebuildInterval} (wall-clock punctuation), stored for the API and forwarded as
 * {@link TrialReport} for the snapshot publisher.
 */
final class TrialProcessor implements Processor<String, TrialUpdate, String, TrialReport> {

	private static final String SEPARATOR = "|";

	private final TrialProtocols protocols;

	private final Duration rebuildInterval;

	private final Set<String> changedTrials = new LinkedHashSet<>();

	private final Map<String, Instant> latestEventAt = new HashMap<>();

	private final Map<String, TrialTally> tallies = new HashMap<>();

	/** The report last stored per trial, so that a rebuild compares without reading the store. */
	private final Map<String, TrialReport> lastReports = new HashMap<>();

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
		// A re-initialised task may have been restored to another state than these totals saw.
		tallies.clear();
		lastReports.clear();
		// A change committed just before a restart may not have been rebuilt yet: check every trial held here once.
		for (TrialProtocol protocol : protocols.all()) {
			String trialId = protocol.trialId();
			if (tally(trialId).subjects() > 0 || unblindings.get(trialId) != null) {
				changedTrials.add(trialId);
			}
			else {
				tallies.remove(trialId);
			}
		}
		context.schedule(rebuildInterval, PunctuationType.WALL_CLOCK_TIME, now -> rebuildChanged());
	}

	@Override
	public void process(Record<String, TrialUpdate> record) {
		TrialUpdate update = record.value();
		if (update == null || protocols.find(update.trialId()).isEmpty()) {
			return;
		}
		boolean changed = true;
		if (update.unblinding() != null) {
			if (unblindings.get(update.trialId()) == null) {
				unblindings.put(update.trialId(), update.unblinding());
			}
		}
		else if (update.summary() != null) {
			String key = update.trialId() + SEPARATOR + update.subjectId();
			TrialTally tally = tally(update.trialId());
			SubjectSummary before = subjects.get(key);
			changed = !update.summary().equals(before);
			if (changed) {
				tally.replace(before, update.summary());
				subjects.put(key, update.summary());
			}
		}
		// A newer event that changed no summary (a correction of a value no outcome reads) still moves the report's
		// time: the DMC sees that data came in.
		Instant known = latestEventAt.get(update.trialId());
		Instant latest = SubjectState.later(known, update.at());
		if (!Objects.equals(latest, known)) {
			latestEventAt.put(update.trialId(), latest);
			changed = true;
		}
		if (changed) {
			changedTrials.add(update.trialId());
		}
	}

	private void rebuildChanged() {
		List<String> trials = new ArrayList<>(changedTrials);
		changedTrials.clear();
		trials.forEach(this::rebuild);
	}

	private void rebuild(String trialId) {
		TrialReport previous = lastReports.computeIfAbsent(trialId, reports::get);
		Instant updatedAt = SubjectState.later(previous == null ? null : previous.updatedAt(),
				latestEventAt.get(trialId));
		TrialReport report = tally(trialId).report(unblindings.get(trialId), updatedAt);
		if (report.equals(previous)) {
			return;
		}
		reports.put(trialId, report);
		lastReports.put(trialId, report);
		// A newer event that changed no aggregate moves updatedAt only: stored, but no new snapshot.
		if (previous == null || !report.withUpdatedAt(null).equals(previous.withUpdatedAt(null))) {
			context.forward(new Record<>(trialId, report, context.currentSystemTimeMs()));
		}
	}

	/** The trial's totals, summed from its stored summaries the first time they are needed. */
	private TrialTally tally(String trialId) {
		return tallies.computeIfAbsent(trialId, id -> {
			TrialTally tally = new TrialTally(protocols.get(id));
			try (KeyValueIterator<String, SubjectSummary> range = subjects.prefixScan(id + SEPARATOR,
					Serdes.String().serializer())) {
				range.forEachRemaining(entry -> tally.replace(null, entry.value));
			}
			return tally;
		});
	}

}
