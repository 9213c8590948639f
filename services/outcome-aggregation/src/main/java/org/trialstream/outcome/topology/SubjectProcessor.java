package org.trialstream.outcome.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialstream.avro.Topics;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.outcome.subject.SubjectOutcomes;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Folds a subject's capture and safety events into its state (store {@link OutcomeStores#SUBJECT_STATES}, key
 * trialId:subjectId) and forwards the subject's summary keyed by trialId. Summaries of changed subjects go out once
 * per {@code flushInterval} rather than per event, so a replay of a subject's whole history sends one summary; which
 * subjects are pending is itself kept in a store ({@link OutcomeStores#PENDING_SUMMARIES}), so a restart between an
 * event and its summary loses nothing. Events of trials without a protocol are skipped.
 */
final class SubjectProcessor implements Processor<String, SpecificRecord, String, TrialUpdate> {

	private static final Logger log = LoggerFactory.getLogger(SubjectProcessor.class);

	/**
	 * Deserialised states of recently seen subjects, bounded by the visits they hold (not by subjects, whose histories
	 * differ a hundredfold): a replay reads each subject's state many times in a row.
	 */
	private static final int RECENT_VISITS = 25_000;

	private final TrialProtocols protocols;

	private final ClosureRules closureRules;

	private final Duration flushInterval;

	private final Map<String, SubjectOutcomes> outcomesByTrial = new HashMap<>();

	private final RecentStates recent = new RecentStates(RECENT_VISITS);

	/** What {@link OutcomeStores#PENDING_SUMMARIES} holds, so that each subject is written there once per flush. */
	private final Set<String> dirty = new LinkedHashSet<>();

	private ProcessorContext<String, TrialUpdate> context;

	private KeyValueStore<String, SubjectState> states;

	private KeyValueStore<String, Boolean> pending;

	SubjectProcessor(TrialProtocols protocols, ClosureRules closureRules, Duration flushInterval) {
		this.protocols = protocols;
		this.closureRules = closureRules;
		this.flushInterval = flushInterval;
	}

	@Override
	public void init(ProcessorContext<String, TrialUpdate> context) {
		this.context = context;
		this.states = context.getStateStore(OutcomeStores.SUBJECT_STATES);
		this.pending = context.getStateStore(OutcomeStores.PENDING_SUMMARIES);
		// A re-initialised task may have been restored to an older state than this cache saw.
		recent.clear();
		dirty.clear();
		try (KeyValueIterator<String, Boolean> all = pending.all()) {
			all.forEachRemaining(entry -> dirty.add(entry.key));
		}
		context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> flushPending());
	}

	@Override
	public void process(Record<String, SpecificRecord> record) {
		if (record.value() == null) {
			return;
		}
		EventMetadata metadata = CaptureEvents.metadata(record.value());
		String subjectId = CaptureEvents.subjectId(record.value());
		if (metadata == null || subjectId == null) {
			return;
		}
		String trialId = metadata.getTrialId();
		if (protocols.find(trialId).isEmpty()) {
			log.debug("Skipping event {} of trial {} without a protocol", metadata.getEventId(), trialId);
			return;
		}
		String key = Topics.subjectKey(trialId, subjectId);
		SubjectState before = recent.get(key, states::get);
		SubjectState after = CaptureEvents.apply(before == null ? SubjectState.empty(trialId, subjectId) : before,
				record.value());
		if (after == before) {
			return;
		}
		states.put(key, after);
		recent.put(key, after);
		if (dirty.add(key)) {
			pending.put(key, Boolean.TRUE);
		}
	}

	private void flushPending() {
		List<String> keys = new ArrayList<>(dirty);
		dirty.clear();
		for (String key : keys) {
			SubjectState state = recent.get(key, states::get);
			pending.delete(key);
			if (state == null) {
				continue;
			}
			TrialProtocol protocol = protocols.get(state.trialId());
			outcomesByTrial
				.computeIfAbsent(state.trialId(),
						id -> new SubjectOutcomes(protocol, closureRules.forTrial(id)))
				.summarise(state)
				.ifPresent(summary -> context.forward(new Record<>(state.trialId(),
						new TrialUpdate(state.trialId(), state.subjectId(), summary, null, state.lastEventAt()),
						context.currentSystemTimeMs())));
		}
	}

}
