package org.trialstream.outcome.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialstream.avro.Topics;
import org.trialstream.avro.outcome.OutcomeSnapshot;
import org.trialstream.avro.outcome.ReportScope;
import org.trialstream.avro.safety.AlertKind;
import org.trialstream.outcome.TestProtocols;
import org.trialstream.outcome.TrialEvents;
import org.trialstream.outcome.TrialEvents.LimbValues;
import org.trialstream.outcome.reporting.CountKeys;
import org.trialstream.outcome.reporting.TrialReport;
import org.trialstream.protocol.TrialProtocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.avro.common.Laterality.LEFT;
import static org.trialstream.avro.common.Laterality.RIGHT;

class OutcomeTopologyTests {

	static final String BLINDED = "TEST-BLINDED";

	static final String LIMBS = "TEST-LIMBS";

	final TrialEvents blinded = new TrialEvents(BLINDED, LocalDate.of(2026, 1, 5));

	final TrialEvents limbs = new TrialEvents(LIMBS, LocalDate.of(2026, 1, 5));

	@TempDir
	Path stateDir;

	TopologyTestDriver driver;

	final PlainAvroSerde avro = new PlainAvroSerde();

	final PendingSummaries pendingSummaries = new PendingSummaries();

	@BeforeEach
	void startTopology() {
		TrialProtocols protocols = new TrialProtocols(
				List.of(TestProtocols.blinded(BLINDED, 2), TestProtocols.limbLevel(LIMBS, 1)));
		StreamsBuilder builder = new StreamsBuilder();
		OutcomeTopology.build(builder, avro, protocols, ClosureRules.standardOnly(), Duration.ofMillis(100),
				pendingSummaries);
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "outcome-topology-tests");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		driver = new TopologyTestDriver(builder.build(), config);
	}

	@AfterEach
	void stopTopology() {
		driver.close();
	}

	@Test
	void confirmsClosureAtTwoVisitsAndPublishesThePooledSnapshot() {
		// Given
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0001", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0001", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0001", "D28", 28, LimbValues.closed(LEFT)));

		// When
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0001", "D42", 42, LimbValues.closed(LEFT)));
		rebuild();

		// Then
		TrialReport report = report(BLINDED);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isEqualTo(1);
		assertThat(report.pooled().timeToClosure().days()).isEqualTo(28.0);
		OutcomeSnapshot pooled = lastSnapshot();
		assertThat(pooled.getScope()).isEqualTo(ReportScope.OPEN_POOLED);
		assertThat(pooled.getArmCode()).isNull();
		assertThat(pooled.getMetadata().getTrialId()).isEqualTo(BLINDED);
		assertThat(pooled.getBlinded()).isTrue();
	}

	@Test
	void countsTheSubjectsReadButNotYetSummarisedIntoTheReport() {
		// Given two subjects' events read, no flush yet
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0011", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0011", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0012", "PLACEBO", LEFT));
		assertThat(pendingSummaries.subjects()).isEqualTo(2);

		// When the flush sends their summaries on
		rebuild();

		// Then none waits, and the report has both
		assertThat(pendingSummaries.subjects()).isZero();
		assertThat(report(BLINDED).pooled().count(CountKeys.ENROLLED)).isEqualTo(2);
	}

	@Test
	void aCorrectionReplacesTheVisitsValuesInTheAggregate() {
		// Given: closure confirmed on day 42
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0002", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0002", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0002", "D28", 28, LimbValues.closed(LEFT)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0002", "D42", 42, LimbValues.closed(LEFT)));
		rebuild();
		assertThat(report(BLINDED).pooled().count(CountKeys.CLOSED)).isEqualTo(1);

		// When: the site corrects day 42: the wound was still open
		send(Topics.VISIT_CORRECTED,
				blinded.correction("US-01", "US-01-0002", "D42", 42, 1, LimbValues.open(LEFT, 0.5)));
		rebuild();

		// Then
		TrialReport report = report(BLINDED);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isZero();
		assertThat(report.pooled().closureCurve()).extracting(p -> p.censored()).containsExactly(1);
	}

	@Test
	void aCorrectionCountsWhicheverOrderItsTopicDeliversItIn() {
		// Given: the correction of day 42 (the wound still open) is read before the visit it corrects, and an older
		// correction after a newer one
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0009", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0009", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0009", "D28", 28, LimbValues.closed(LEFT)));
		send(Topics.VISIT_CORRECTED,
				blinded.correction("US-01", "US-01-0009", "D42", 42, 2, LimbValues.open(LEFT, 0.5)));

		// When
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0009", "D42", 42, LimbValues.closed(LEFT)));
		send(Topics.VISIT_CORRECTED, blinded.correction("US-01", "US-01-0009", "D42", 42, 1, LimbValues.closed(LEFT)));
		rebuild();

		// Then: correction 2 counts: not closed, three visits done
		TrialReport report = report(BLINDED);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isZero();
		assertThat(report.pooled().count(CountKeys.VISITS_DONE)).isEqualTo(3);
	}

	@Test
	void aReplayedVisitChangesNothingAndTheReportIsAsOfTheLatestVisit() {
		// Given
		var baseline = blinded.visit("US-01", "US-01-0010", "D0", 0, LimbValues.open(LEFT, 4.0));
		var day28 = blinded.visit("US-01", "US-01-0010", "D28", 28, LimbValues.open(LEFT, 2.0));
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0010", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, baseline);
		send(Topics.VISIT_RECORDED, day28);
		rebuild();
		assertThat(report(BLINDED).updatedAt()).isEqualTo(day28.getMetadata().getOccurredAt());
		snapshots();

		// When
		send(Topics.VISIT_RECORDED, baseline);
		rebuild();

		// Then
		assertThat(report(BLINDED).pooled().count(CountKeys.VISITS_DONE)).isEqualTo(2);
		assertThat(report(BLINDED).updatedAt()).isEqualTo(day28.getMetadata().getOccurredAt());
		assertThat(snapshots()).isEmpty();
	}

	@Test
	void aCorrectionThatChangesNoOutcomeMovesTheReportsTimeAndWritesNoSnapshot() {
		// Given
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0012", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0012", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0012", "D28", 28, LimbValues.open(LEFT, 2.0)));
		rebuild();
		snapshots();

		// When: the site corrects day 28 with the values it had (a field no outcome reads, say)
		var correction = blinded.correction("US-01", "US-01-0012", "D28", 28, 1, LimbValues.open(LEFT, 2.0));
		send(Topics.VISIT_CORRECTED, correction);
		rebuild();

		// Then
		assertThat(report(BLINDED).updatedAt()).isEqualTo(correction.getMetadata().getOccurredAt());
		assertThat(snapshots()).isEmpty();
	}

	@Test
	void writesNoByArmSnapshotsUntilTheTrialIsUnblinded() {
		// Given: two subjects in two arms of a blinded trial
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0003", "ACTIVE", LEFT));
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-02", "US-02-0001", "PLACEBO", LEFT));
		rebuild();
		List<OutcomeSnapshot> beforeUnblinding = snapshots();
		assertThat(beforeUnblinding).isNotEmpty()
			.allSatisfy(s -> assertThat(s.getScope()).isEqualTo(ReportScope.OPEN_POOLED));

		// When
		send(Topics.TRIAL_UNBLINDED, blinded.unblinded("dmc", "efficacy boundary crossed"));
		rebuild();

		// Then
		List<OutcomeSnapshot> after = snapshots();
		assertThat(after).extracting(OutcomeSnapshot::getArmCode).containsExactlyInAnyOrder(null, "ACTIVE", "PLACEBO");
		assertThat(after).allSatisfy(s -> assertThat(s.getBlinded()).isFalse());
		assertThat(report(BLINDED).unblinding().reason()).isEqualTo("efficacy boundary crossed");
	}

	@Test
	void suppressesSmallCountsInTheSnapshot() {
		// Given: threshold 2 in this trial; one subject with one grade-3 serious event and a SUSAR
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0004", "ACTIVE", LEFT));
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0005", "ACTIVE", LEFT));
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-02", "US-02-0002", "PLACEBO", LEFT));

		// When
		send(Topics.ADVERSE_EVENT_REPORTED, blinded.adverseEvent("US-01", "US-01-0004", "AE-1", 3, true));
		send(Topics.SAFETY_ALERT_RAISED, blinded.susar("US-01", "US-01-0004", "AE-1"));
		rebuild();

		// Then: the DMC's report counts one SUSAR; the sponsor's snapshot hides it and site US-02's single subject
		assertThat(report(BLINDED).pooled().count(CountKeys.SUSARS)).isEqualTo(1);
		assertThat(report(BLINDED).pooled().count(CountKeys.grade(3))).isEqualTo(1);
		OutcomeSnapshot pooled = lastSnapshot();
		assertThat(pooled.getSafety().getSusars()).isNull();
		assertThat(pooled.getSuppressed()).contains(CountKeys.SUSARS, CountKeys.grade(3));
		assertThat(pooled.getEnrolledSubjects()).isEqualTo(3);
		assertThat(pooled.getSites()).filteredOn(site -> site.getSiteId().equals("US-02"))
			.singleElement()
			.satisfies(site -> assertThat(site.getCounts().get(CountKeys.ENROLLED)).isNull());
	}

	@Test
	void stopsCountingASusarOnceItsAlertIsRevisedAway() {
		// Given
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0007", "ACTIVE", LEFT));
		send(Topics.ADVERSE_EVENT_REPORTED, blinded.adverseEvent("US-01", "US-01-0007", "AE-7", 3, true));
		send(Topics.SAFETY_ALERT_RAISED, blinded.susar("US-01", "US-01-0007", "AE-7"));
		rebuild();
		assertThat(report(BLINDED).pooled().count(CountKeys.SUSARS)).isEqualTo(1);

		// When: the sponsor finds the event listed in the reference safety information
		send(Topics.SAFETY_ALERT_UPDATED,
				blinded.alertRevised("US-01", "US-01-0007", "AE-7", 1, AlertKind.SERIOUS_ADVERSE_EVENT));
		rebuild();

		// Then
		assertThat(report(BLINDED).pooled().count(CountKeys.SUSARS)).isZero();
		assertThat(report(BLINDED).pooled().count(CountKeys.SERIOUS)).isEqualTo(1);
	}

	@Test
	void analysesEachLimbWhereTheProtocolSaysSo() {
		// Given: one subject with two treated limbs; the left heals, the right is amputated
		send(Topics.SUBJECT_ENROLLED, limbs.enrolled("CN-01", "CN-01-0001", "HUCMSC", LEFT, RIGHT));
		send(Topics.VISIT_RECORDED, limbs.visit("CN-01", "CN-01-0001", "BL", 0, LimbValues.open(LEFT, 2.0).withAbi(0.5),
				LimbValues.open(RIGHT, 3.0).withAbi(0.4)));

		// When
		send(Topics.VISIT_RECORDED, limbs.visit("CN-01", "CN-01-0001", "M1", 30, LimbValues.closed(LEFT).withAbi(0.7),
				LimbValues.open(RIGHT, 3.0).amputated()));
		send(Topics.VISIT_RECORDED,
				limbs.visit("CN-01", "CN-01-0001", "M1X", 44, LimbValues.closed(LEFT), LimbValues.open(RIGHT, 3.0)));
		rebuild();

		// Then
		TrialReport report = report(LIMBS);
		assertThat(report.unitOfAnalysis()).isEqualTo("LIMB");
		assertThat(report.pooled().count(CountKeys.ENROLLED)).isEqualTo(1);
		assertThat(report.pooled().count(CountKeys.ANALYSED)).isEqualTo(2);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isEqualTo(1);
		assertThat(report.pooled().count(CountKeys.MAJOR_AMPUTATIONS)).isEqualTo(1);
		assertThat(report.pooled().amputationIncidence()).last()
			.satisfies(point -> assertThat(point.incidence()).isEqualTo(0.5));
		assertThat(report.pooled().measures()).filteredOn(m -> m.measure().equals("abi"))
			.singleElement()
			.satisfies(m -> {
				assertThat(m.visitCode()).isEqualTo("M1");
				assertThat(m.n()).isEqualTo(1);
				assertThat(m.mean()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9));
			});
	}

	@Test
	void ignoresEventsOfTrialsWithoutAProtocol() {
		// Given
		TrialEvents unknown = new TrialEvents("NOT-A-TRIAL", LocalDate.of(2026, 1, 5));

		// When
		send(Topics.SUBJECT_ENROLLED, unknown.enrolled("XX-01", "XX-01-0001", "A", LEFT));
		rebuild();

		// Then
		assertThat(reports().get("NOT-A-TRIAL")).isNull();
		assertThat(snapshots()).isEmpty();
	}

	@Test
	void aReplayedEventChangesNothing() {
		// Given
		var enrolled = blinded.enrolled("US-01", "US-01-0006", "ACTIVE", LEFT);
		send(Topics.SUBJECT_ENROLLED, enrolled);
		rebuild();
		snapshots();

		// When
		send(Topics.SUBJECT_ENROLLED, enrolled);
		rebuild();

		// Then
		assertThat(report(BLINDED).pooled().count(CountKeys.ENROLLED)).isEqualTo(1);
		assertThat(snapshots()).isEmpty();
	}

	@Test
	void keepsTheVisitsOfAStateAnEarlierVersionStoredWhole() {
		// Given: a subject as earlier versions stored it, visits inside the state, and its visit D0 on day 0
		var enrolment = new org.trialstream.outcome.subject.Enrolment("US-01", "ACTIVE", LocalDate.of(2026, 1, 5),
				List.of("LEFT"), "LEFT", null);
		var baseline = new org.trialstream.outcome.subject.VisitEntry("V-OLD", "D0", 0, false, 0,
				List.of(new org.trialstream.outcome.subject.LimbMeasures("LEFT", 4.0, null, null, false, false, null,
						null, null, null, null)),
				null, null, null, null);
		KeyValueStore<String, org.trialstream.outcome.subject.SubjectState> states = driver
			.getKeyValueStore(OutcomeStores.SUBJECT_STATES);
		states.put(Topics.subjectKey(BLINDED, "US-01-0008"), new org.trialstream.outcome.subject.SubjectState(BLINDED,
				"US-01-0008", enrolment, java.util.Map.of("V-OLD", baseline), java.util.Map.of(), java.util.Map.of(),
				null));

		// When: the wound is closed at two later visits
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0008", "D28", 28, LimbValues.closed(LEFT)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0008", "D42", 42, LimbValues.closed(LEFT)));
		rebuild();

		// Then: the stored D0 still counts as done and as the baseline of the closure
		TrialReport report = report(BLINDED);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isEqualTo(1);
		assertThat(report.pooled().count(CountKeys.VISITS_DONE)).isEqualTo(3);
		assertThat(states.get(Topics.subjectKey(BLINDED, "US-01-0008")).visits()).isEmpty();
	}

	@Test
	void readsTheVisitsAnEarlierVersionStoredUnderTheirVisitIdAlone() {
		// Given: day 42 stored as earlier versions did (key without correction number, no event time), closed
		send(Topics.SUBJECT_ENROLLED, blinded.enrolled("US-01", "US-01-0011", "ACTIVE", LEFT));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0011", "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(Topics.VISIT_RECORDED, blinded.visit("US-01", "US-01-0011", "D28", 28, LimbValues.closed(LEFT)));
		String subject = Topics.subjectKey(BLINDED, "US-01-0011");
		KeyValueStore<String, org.trialstream.outcome.subject.VisitEntry> visits = driver
			.getKeyValueStore(OutcomeStores.SUBJECT_VISITS);
		visits.put(subject + "|US-01-0011-D42", new org.trialstream.outcome.subject.VisitEntry("US-01-0011-D42", "D42",
				42, false, 0, List.of(new org.trialstream.outcome.subject.LimbMeasures("LEFT", 0.0, null, null, true,
						false, null, null, null, null, null)),
				null, null, null, null));
		rebuild();
		assertThat(report(BLINDED).pooled().count(CountKeys.CLOSED)).isEqualTo(1);

		// When: the site corrects it: still open
		send(Topics.VISIT_CORRECTED,
				blinded.correction("US-01", "US-01-0011", "D42", 42, 1, LimbValues.open(LEFT, 0.5)));
		rebuild();

		// Then
		assertThat(report(BLINDED).pooled().count(CountKeys.CLOSED)).isZero();
		assertThat(report(BLINDED).pooled().count(CountKeys.VISITS_DONE)).isEqualTo(3);
	}

	private void send(String topic, SpecificRecord event) {
		TestInputTopic<String, SpecificRecord> input = driver.createInputTopic(topic, Serdes.String().serializer(),
				avro.serializer());
		input.pipeInput(key(event), event);
	}

	private static String key(SpecificRecord event) {
		String trialId = ((org.trialstream.avro.common.EventMetadata) event.get(0)).getTrialId();
		if (event instanceof org.trialstream.avro.outcome.TrialUnblinded) {
			return Topics.trialKey(trialId);
		}
		return Topics.subjectKey(trialId, (String) event.get(event.getSchema().getField("subjectId").pos()));
	}

	/** Two flush intervals: subjects' summaries go to the trial's partition, then the trial's report is rebuilt. */
	private void rebuild() {
		driver.advanceWallClockTime(Duration.ofMillis(150));
		driver.advanceWallClockTime(Duration.ofMillis(150));
	}

	private KeyValueStore<String, TrialReport> reports() {
		return driver.getKeyValueStore(OutcomeStores.TRIAL_REPORTS);
	}

	private TrialReport report(String trialId) {
		TrialReport report = reports().get(trialId);
		assertThat(report).as("report of " + trialId).isNotNull();
		return report;
	}

	private List<OutcomeSnapshot> snapshots() {
		TestOutputTopic<String, SpecificRecord> output = driver.createOutputTopic(Topics.OUTCOME_SNAPSHOT,
				Serdes.String().deserializer(), avro.deserializer());
		return output.readKeyValuesToList()
			.stream()
			.peek(kv -> assertThat(kv.key).endsWith(":*"))
			.map(kv -> (OutcomeSnapshot) kv.value)
			.toList();
	}

	private OutcomeSnapshot lastSnapshot() {
		List<OutcomeSnapshot> all = snapshots();
		assertThat(all).isNotEmpty();
		return all.getLast();
	}

}
