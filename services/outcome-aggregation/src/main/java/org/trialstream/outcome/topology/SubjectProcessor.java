package org.trialstream.outcome.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
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
import org.trialstream.outcome.subject.VisitEntry;
import org.trialstream.protocol.TrialProtocols;

/**
 * Folds a subject's capture and safety events into its state and forwards the subject's summary keyed by trialId.
 * The state is kept in two stores: each version of each visit under a key of its own
 * ({@link OutcomeStores#SUBJECT_VISITS}, trialId:subjectId|visitId|correctionNumber), everything else
 * ({@link OutcomeStores#SUBJECT_STATES}, trialId:subjectId). So a visit event is one write and no read, however long
 * the subject's history: which version of a visit counts (a correction, whatever order the topics deliver them in) is
 * settled when the history is read ({@link VisitEntry#supersedes}), and the subject's latest event time is the latest
 * of its state's and its visits'.
 * Summaries of changed subjects go out on a wall-clock punctuation, not per event ({@link FlushPolicy}: every
 * {@code flushInterval} while live, seldom while catching up); which subjects are pending is itself kept in a store
 * ({@link OutcomeStores#PENDING_SUMMARIES}), so a restart between an event and its summary loses nothing. Events of
 * trials without a protocol are skipped.
 */
final class SubjectProcessor implements Processor<String, SpecificRecord, String, TrialUpdate> {

	private static final Logger log = LoggerFactory.getLogger(SubjectProcessor.class);

	static final String VISIT_SEPARATOR = "|";

	/**
	 * The most a punctuation spends summarising before it lets the thread process and commit again (a flush may span
	 * several): one long punctuation made every other task look idle and held the transaction open.
	 */
	static final long FLUSH_BUDGET_NANOS = 200_000_000L;

	private final TrialProtocols protocols;

	private final ClosureRules closureRules;

	private final FlushPolicy flushPolicy;

	private final Duration flushInterval;

	private final Map<String, SubjectOutcomes> outcomesByTrial = new HashMap<>();

	/** Shared by every task: keys are prefixed with this task's id ({@link #historyKey}). */
	private final VisitHistories histories;

	private final PendingSummaries pendingSummaries;

	private String taskPrefix;

	/**
	 * What {@link OutcomeStores#PENDING_SUMMARIES} holds, so that each subject is written there once per flush; in the
	 * order the subjects changed (a subject already waiting keeps its place).
	 */
	private final Set<String> dirty = new LinkedHashSet<>();

	/** Subjects at the head of {@link #dirty} the flush under way has yet to summarise (0: no flush under way). */
	private int flushing;

	private int flushSize;

	private ProcessorContext<String, TrialUpdate> context;

	private KeyValueStore<String, SubjectState> states;

	private KeyValueStore<String, VisitEntry> visits;

	private KeyValueStore<String, Boolean> pending;

	SubjectProcessor(TrialProtocols protocols, ClosureRules closureRules, Duration flushInterval,
			VisitHistories histories, AtomicLong instanceEvents, PendingSummaries pendingSummaries) {
		this.protocols = protocols;
		this.histories = histories;
		this.pendingSummaries = pendingSummaries;
		this.closureRules = closureRules;
		this.flushInterval = flushInterval;
		this.flushPolicy = new FlushPolicy(flushInterval, instanceEvents);
	}

	@Override
	public void init(ProcessorContext<String, TrialUpdate> context) {
		this.context = context;
		this.states = context.getStateStore(OutcomeStores.SUBJECT_STATES);
		this.visits = context.getStateStore(OutcomeStores.SUBJECT_VISITS);
		this.pending = context.getStateStore(OutcomeStores.PENDING_SUMMARIES);
		// A re-initialised task may have been restored to an older state than this cache saw.
		taskPrefix = context.taskId() + "/";
		histories.forgetAll(key -> key.startsWith(taskPrefix));
		dirty.clear();
		flushing = 0;
		try (KeyValueIterator<String, Boolean> all = pending.all()) {
			all.forEachRemaining(entry -> dirty.add(entry.key));
		}
		pendingSummaries.track(taskPrefix, dirty::size);
		context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, this::punctuate);
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
		flushPolicy.recordSeen(record.timestamp());
		String key = Topics.subjectKey(trialId, subjectId);
		VisitEntry visit = CaptureEvents.visit(record.value());
		if (visit != null) {
			// A replayed visit is written again (the same key and value): cheaper than reading first, which every
			// new visit would pay.
			visits.put(visitKey(key, visit), visit);
			histories.append(historyKey(key), visit);
		}
		else {
			SubjectState stored = storedState(key);
			SubjectState before = stored == null ? SubjectState.empty(trialId, subjectId) : stored;
			SubjectState after = CaptureEvents.apply(before, record.value());
			if (after == before) {
				return;
			}
			states.put(key, after);
		}
		if (dirty.add(key)) {
			pending.put(key, Boolean.TRUE);
		}
	}

	@Override
	public void close() {
		// The task leaves this instance (or the instance stops): its subjects no longer wait here.
		if (taskPrefix != null) {
			pendingSummaries.forget(taskPrefix);
		}
	}

	private static String visitKey(String subjectKey, VisitEntry visit) {
		return subjectKey + VISIT_SEPARATOR + visit.visitId() + VISIT_SEPARATOR + visit.correctionNumber();
	}

	/** The subject's state without its visits, null if none; a state an earlier version stored whole is split here. */
	private SubjectState storedState(String key) {
		SubjectState state = states.get(key);
		if (state != null && !state.visits().isEmpty()) {
			state.visits().values().forEach(visit -> visits.put(visitKey(key, visit), visit));
			state = state.withVisits(Map.of());
			states.put(key, state);
			histories.forget(historyKey(key));
		}
		return state;
	}

	private void punctuate(long now) {
		if (flushing == 0) {
			if (dirty.isEmpty() || !flushPolicy.flushDue(now, dirty.size())) {
				return;
			}
			flushing = dirty.size();
			flushSize = flushing;
		}
		long started = System.nanoTime();
		boolean forwarded = false;
		boolean live = flushPolicy.live(now);
		Iterator<String> oldestFirst = dirty.iterator();
		while (flushing > 0 && oldestFirst.hasNext()) {
			String key = oldestFirst.next();
			oldestFirst.remove();
			flushing--;
			pending.delete(key);
			forwarded |= summarise(key, now, live);
			if (System.nanoTime() - started > FLUSH_BUDGET_NANOS) {
				break;
			}
		}
		if (dirty.isEmpty()) {
			flushing = 0;
		}
		flushPolicy.summarised((System.nanoTime() - started) / 1_000_000);
		if (flushing == 0 && log.isDebugEnabled() && !live) {
			log.debug("Catching up, task {} summarised {} subjects in {} ms", context.taskId(), flushSize,
					flushPolicy.lastFlushCostMs());
		}
		if (forwarded) {
			// The summaries reach the trial's partition with this commit, not the next scheduled one: live, that is
			// freshness; catching up, a slice's summaries are neither pending here nor readable there for at most
			// this commit's round trip, not a commit interval (a report's backlog headers would read 0 meanwhile).
			context.commit();
		}
	}

	/** Forwards the subject's summary to its trial; false if it has none yet (no enrolment). */
	private boolean summarise(String key, long now, boolean live) {
		SubjectState state = storedState(key);
		if (state == null || state.enrolment() == null) {
			return false;
		}
		SubjectState whole = state.withVisits(history(key, live));
		var summary = outcomesByTrial
			.computeIfAbsent(state.trialId(), id -> new SubjectOutcomes(protocols.get(id), closureRules.forTrial(id)))
			.summarise(whole);
		summary.ifPresent(value -> context.forward(new Record<>(state.trialId(),
				new TrialUpdate(state.trialId(), state.subjectId(), value, null, whole.latestEventAt()), now)));
		return summary.isPresent();
	}

	private String historyKey(String subjectKey) {
		return taskPrefix + subjectKey;
	}

	/**
	 * The subject's visits: from memory while it is active, else read back from the visit store and, live, held for
	 * the subject's next summary (catching up, a subject summarised is seldom seen again soon, and holding its history
	 * would only push out others' and fill the old generation of a 128 MB heap).
	 */
	private Map<String, VisitEntry> history(String key, boolean live) {
		Map<String, VisitEntry> held = histories.visits(historyKey(key));
		if (held != null) {
			return held;
		}
		List<VisitEntry> read = new ArrayList<>();
		try (KeyValueIterator<String, VisitEntry> range = visits.prefixScan(key + VISIT_SEPARATOR,
				Serdes.String().serializer())) {
			range.forEachRemaining(entry -> read.add(entry.value));
		}
		if (live) {
			histories.hold(historyKey(key), read);
		}
		Map<String, VisitEntry> byId = HashMap.newHashMap(read.size());
		read.forEach(visit -> VisitEntry.collect(byId, visit));
		return byId;
	}

}
