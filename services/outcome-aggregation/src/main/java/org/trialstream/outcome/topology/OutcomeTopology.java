package org.trialstream.outcome.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.trialstream.avro.Topics;
import org.trialstream.avro.outcome.TrialUnblinded;
import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.reporting.TrialReport;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.VisitEntry;
import org.trialstream.protocol.TrialProtocols;

/**
 * The outcome topology. Reads capture.subject-enrolled, capture.visit-recorded, capture.visit-corrected,
 * capture.adverse-event-reported/-updated, safety.safety-alert-raised/-updated (key trialId:subjectId) into subject
 * state; moves each subject's summary to its trial's partition (repartitioned by trialId, with
 * outcome.trial-unblinded), so a trial's whole report lives in one partition and one store entry; writes
 * outcome.outcome-snapshot.v1 (key trialId:*) whenever a report changes.
 * <p>
 * Who reads outcome.outcome-snapshot.v1: the sponsor's own systems. So it carries exactly what a sponsor may see:
 * the pooled snapshot always, by-arm snapshots only once the trial is unblinded (or is open-label), every count
 * small-cell suppressed. The DMC's unsuppressed by-arm report never leaves the service except through the REST API.
 */
public final class OutcomeTopology {

	/** Bytes of recently active subjects' visit histories held in memory, over all tasks. */
	static final long HISTORY_BYTES = 8L * 1024 * 1024;

	private static final byte[] PENDING_MARK = { 1 };

	private OutcomeTopology() {
	}

	/**
	 * Adds the topology to {@code builder}.
	 * @param avro the value serde of every Avro topic (Apicurio in the service, plain Avro binary in tests)
	 * @param rebuildInterval how often (wall clock) changed subjects' summaries are sent on and changed trial reports
	 * rebuilt
	 * @param pendingSummaries counts the subjects whose summaries wait to be sent (the reports' backlog)
	 * @return the snapshot stream written to outcome.outcome-snapshot.v1
	 */
	public static KStream<String, SpecificRecord> build(StreamsBuilder builder, Serde<SpecificRecord> avro, TrialProtocols protocols,
			ClosureRules closureRules, Duration rebuildInterval, PendingSummaries pendingSummaries) {
		Serde<String> keys = Serdes.String();
		// Recently active subjects' visit histories, one bound for all tasks (the heap is 128 MB).
		VisitHistories histories = new VisitHistories(HISTORY_BYTES);
		// Events read by all tasks, so that a task takes only the whole instance's silence for the end of the input.
		AtomicLong instanceEvents = new AtomicLong();
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OutcomeStores.SUBJECT_STATES),
				keys, new BinarySerde<>(SubjectState.class, SubjectStateCodec::encode, SubjectStateCodec::decode))
			.withCachingEnabled());
		// No record cache for visits: each is written about once, so a cache would only add its own bookkeeping.
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OutcomeStores.SUBJECT_VISITS),
				keys, new BinarySerde<>(VisitEntry.class, SubjectStateCodec::encodeVisit, SubjectStateCodec::decodeVisit)));
		builder.addStateStore(Stores
			.keyValueStoreBuilder(Stores.persistentKeyValueStore(OutcomeStores.PENDING_SUMMARIES), keys,
					pendingMarks())
			.withCachingEnabled());
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OutcomeStores.TRIAL_SUBJECTS),
				keys, new BinarySerde<>(SubjectSummary.class, SummaryCodec::encodeSummary, SummaryCodec::decodeSummary))
			.withCachingEnabled());
		builder.addStateStore(Stores.keyValueStoreBuilder(
				Stores.persistentKeyValueStore(OutcomeStores.TRIAL_UNBLINDING), keys, new JsonSerde<>(Unblinding.class)));
		builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OutcomeStores.TRIAL_REPORTS),
				keys, new JsonSerde<>(TrialReport.class)));

		KStream<String, TrialUpdate> subjectUpdates = builder
			.stream(List.of(Topics.SUBJECT_ENROLLED, Topics.VISIT_RECORDED, Topics.VISIT_CORRECTED,
					Topics.ADVERSE_EVENT_REPORTED, Topics.ADVERSE_EVENT_UPDATED, Topics.SAFETY_ALERT_RAISED,
					Topics.SAFETY_ALERT_UPDATED), Consumed.with(keys, avro).withName("subject-events"))
			.process(() -> new SubjectProcessor(protocols, closureRules, rebuildInterval, histories, instanceEvents,
					pendingSummaries),
					Named.as("fold-subject"),
					OutcomeStores.SUBJECT_STATES, OutcomeStores.SUBJECT_VISITS, OutcomeStores.PENDING_SUMMARIES);

		KStream<String, TrialUpdate> unblindings = builder
			.stream(Topics.TRIAL_UNBLINDED, Consumed.with(keys, avro).withName("unblinding-events"))
			.filter((key, value) -> value instanceof TrialUnblinded)
			.mapValues(value -> unblinding((TrialUnblinded) value))
			.selectKey((key, update) -> update.trialId());

		KStream<String, SpecificRecord> snapshots = subjectUpdates.merge(unblindings)
			.repartition(Repartitioned
				.with(keys, new BinarySerde<>(TrialUpdate.class, SummaryCodec::encodeUpdate, SummaryCodec::decodeUpdate)).withName("trial-updates"))
			.process(() -> new TrialProcessor(protocols, rebuildInterval), Named.as("rebuild-trial"),
					OutcomeStores.TRIAL_SUBJECTS, OutcomeStores.TRIAL_UNBLINDING, OutcomeStores.TRIAL_REPORTS)
			.flatMapValues(report -> SnapshotMapper.snapshots(report, Instant.now()))
			.selectKey((trialId, snapshot) -> Topics.trialKey(trialId))
			.mapValues(snapshot -> (SpecificRecord) snapshot);
		snapshots.to(Topics.OUTCOME_SNAPSHOT, Produced.with(keys, avro));
		return snapshots;
	}

	/**
	 * A pending subject is a key with a one-byte mark; the JSON "true" earlier versions wrote reads as one too. (JSON
	 * cost a Jackson round trip per subject and flush.)
	 */
	static Serde<Boolean> pendingMarks() {
		return new BinarySerde<>(Boolean.class, pending -> PENDING_MARK.clone(), bytes -> Boolean.TRUE);
	}

	private static TrialUpdate unblinding(TrialUnblinded event) {
		var metadata = event.getMetadata();
		return new TrialUpdate(metadata.getTrialId(), null, null,
				new Unblinding(metadata.getOccurredAt(), metadata.getActor().getId(), event.getReason()),
				metadata.getOccurredAt());
	}

}
