package org.trialstream.outcome.topology;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialstream.avro.Topics;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.outcome.statistics.WoundClosureRule;
import org.trialstream.outcome.subject.SubjectOutcomes;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Folds a subject's capture and safety events into its state (store {@link OutcomeStores#SUBJECT_STATES}, key
 * trialId:subjectId) and forwards the subject's new summary keyed by trialId. Events of trials without a protocol
 * are skipped: there is no rule to analyse them by.
 */
final class SubjectProcessor implements Processor<String, SpecificRecord, String, TrialUpdate> {

	private static final Logger log = LoggerFactory.getLogger(SubjectProcessor.class);

	private final TrialProtocols protocols;

	private final ClosureRules closureRules;

	private final Map<String, SubjectOutcomes> outcomesByTrial = new HashMap<>();

	private ProcessorContext<String, TrialUpdate> context;

	private KeyValueStore<String, SubjectState> states;

	SubjectProcessor(TrialProtocols protocols, ClosureRules closureRules) {
		this.protocols = protocols;
		this.closureRules = closureRules;
	}

	@Override
	public void init(ProcessorContext<String, TrialUpdate> context) {
		this.context = context;
		this.states = context.getStateStore(OutcomeStores.SUBJECT_STATES);
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
		TrialProtocol protocol = protocols.find(trialId).orElse(null);
		if (protocol == null) {
			log.debug("Skipping event {} of trial {} without a protocol", metadata.getEventId(), trialId);
			return;
		}
		String key = Topics.subjectKey(trialId, subjectId);
		SubjectState before = states.get(key);
		SubjectState after = CaptureEvents.apply(before == null ? SubjectState.empty(trialId, subjectId) : before,
				record.value());
		if (after.equals(before)) {
			return;
		}
		states.put(key, after);
		outcomesByTrial.computeIfAbsent(trialId, id -> new SubjectOutcomes(protocol, closureRules.forTrial(id)))
			.summarise(after)
			.ifPresent(summary -> context.forward(record.withKey(trialId)
				.withValue(new TrialUpdate(trialId, subjectId, summary, null, after.lastEventAt()))));
	}

}
