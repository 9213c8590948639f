package org.trialstream.outcome.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.subject.AdverseEventEntry;
import org.trialstream.outcome.subject.AlertEntry;
import org.trialstream.outcome.subject.Enrolment;
import org.trialstream.outcome.subject.LimbMeasures;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.outcome.subject.VisitEntry;

import static org.assertj.core.api.Assertions.assertThat;

class BinaryCodecTests {

	static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");

	@Test
	void readsBackASubjectStateWithEveryKindOfValueAndGap() {
		// Given: two limbs, one fully measured, one with nothing but its laterality; negative and large numbers
		LimbMeasures full = new LimbMeasures("LEFT", 3.25, 40, Boolean.TRUE, false, false, 0.71, 55.5, 38.0, 31.2,
				120.0);
		LimbMeasures empty = new LimbMeasures("RIGHT", null, null, Boolean.FALSE, true, true, null, null, null, null,
				null);
		VisitEntry visit = new VisitEntry("V-1", "D28", 28, true, 2, List.of(full, empty), 7.1, 0.0, 1, AT);
		VisitEntry early = new VisitEntry("V-0", "D0", -3, false, 0, List.of(), null, null, null, null);
		SubjectState state = new SubjectState("LEGEND-1", "US-01-0001",
				new Enrolment("US-01", "AMG-4MG", LocalDate.of(2026, 1, 5), List.of("LEFT", "RIGHT"), null, 8.4),
				Map.of("V-1", visit, "V-0", early),
				Map.of("AE-1", new AdverseEventEntry(3, 5, true, true, LocalDate.of(2026, 2, 1), null)),
				Map.of("AL-1", new AlertEntry(Integer.MAX_VALUE, true)), AT);

		// When
		SubjectState read = SubjectStateCodec.decode(SubjectStateCodec.encode(state));

		// Then
		assertThat(read).isEqualTo(state);
	}

	@Test
	void readsVisitsStoredBeforeTheirEventTimeWasKept() {
		// Given: a visit as format 1 wrote it: format 2 without the trailing event time (here absent: one byte)
		VisitEntry visit = new VisitEntry("V-1", "D28", 28, false, 1, List.of(), 7.1, null, null, null);
		byte[] current = SubjectStateCodec.encodeVisit(visit);
		byte[] formatOne = java.util.Arrays.copyOf(current, current.length - 1);
		formatOne[0] = 1;

		// When / Then
		assertThat(SubjectStateCodec.decodeVisit(formatOne)).isEqualTo(visit);
		VisitEntry timed = new VisitEntry("V-1", "D28", 28, false, 1, List.of(), 7.1, null, null, AT);
		assertThat(SubjectStateCodec.decodeVisit(SubjectStateCodec.encodeVisit(timed))).isEqualTo(timed);
	}

	@Test
	void marksAPendingSubjectWithOneByteAndStillReadsTheJsonMarkOfEarlierVersions() {
		var marks = OutcomeTopology.pendingMarks();

		assertThat(marks.serializer().serialize("t", Boolean.TRUE)).hasSize(1);
		assertThat(marks.deserializer().deserialize("t", marks.serializer().serialize("t", Boolean.TRUE))).isTrue();
		assertThat(marks.deserializer().deserialize("t", "true".getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	@Test
	void readsBackASubjectWithoutEnrolmentOrEvents() {
		SubjectState state = SubjectState.empty("T", "S-1");

		assertThat(SubjectStateCodec.decode(SubjectStateCodec.encode(state))).isEqualTo(state);
	}

	@Test
	void readsBackSummariesAndUnblindingsAsTheRepartitionTopicCarriesThem() {
		// Given
		UnitOutcome unit = new UnitOutcome("S-1/LEFT", 42, 56, false, Boolean.TRUE, 87.5, "COMPLETE_RESPONSE", null,
				Map.of("abi", Map.of("D28", 0.1, "D56", -0.05), "percentAreaReduction", Map.of("D28", 50.0)));
		SubjectSummary summary = new SubjectSummary("S-1", "US-01", "PLACEBO", LocalDate.of(2026, 1, 5),
				Map.of("D0", false, "D28", true), List.of(unit), 90, Map.of(1, 2, 3, 1), 1, 1, Map.of("D84", -1.2), 6.9,
				null, 3);
		TrialUpdate subject = new TrialUpdate("T", "S-1", summary, null, AT);
		TrialUpdate unblinding = new TrialUpdate("T", null, null, new Unblinding(AT, "dmc", "efficacy"), AT);

		// When / Then
		assertThat(SummaryCodec.decodeUpdate(SummaryCodec.encodeUpdate(subject))).isEqualTo(subject);
		assertThat(SummaryCodec.decodeUpdate(SummaryCodec.encodeUpdate(unblinding))).isEqualTo(unblinding);
		assertThat(SummaryCodec.decodeSummary(SummaryCodec.encodeSummary(summary))).isEqualTo(summary);
	}

	@Test
	void stillReadsTheJsonStateAnEarlierVersionLeftInTheChangelog() {
		// Given: a state as the JSON serde of earlier versions wrote it
		SubjectState state = new SubjectState("T", "S-2",
				new Enrolment("US-02", "A", LocalDate.of(2026, 1, 5), List.of("LEFT"), "LEFT", null),
				Map.of("V-9", new VisitEntry("V-9", "D0", 0, false, 0, List.of(), null, null, null, AT)), Map.of(), Map.of(),
				AT);
		byte[] json = new JsonSerde<>(SubjectState.class).serializer().serialize("t", state);
		assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{");

		// When
		var serde = new BinarySerde<>(SubjectState.class, SubjectStateCodec::encode, SubjectStateCodec::decode);

		// Then
		assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(state);
		assertThat(serde.serializer().serialize("t", state).length).isLessThan(json.length / 2);
	}

}
