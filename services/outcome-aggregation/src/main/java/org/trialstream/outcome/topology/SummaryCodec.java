package org.trialstream.outcome.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;

/**
 * Subject summaries and {@link TrialUpdate}s in the compact binary form of {@link BinaryWriter}: what the
 * trial-updates repartition topic carries and store {@link OutcomeStores#TRIAL_SUBJECTS} holds.
 */
final class SummaryCodec {

	static final int VERSION = 1;

	private SummaryCodec() {
	}

	static byte[] encodeUpdate(TrialUpdate update) {
		BinaryWriter out = new BinaryWriter(256);
		out.writeByte(VERSION).writeString(update.trialId()).writeString(update.subjectId());
		out.writeBoolean(update.summary() != null);
		if (update.summary() != null) {
			writeSummary(out, update.summary());
		}
		Unblinding unblinding = update.unblinding();
		out.writeBoolean(unblinding != null);
		if (unblinding != null) {
			out.writeInstant(unblinding.at()).writeString(unblinding.actorId()).writeString(unblinding.reason());
		}
		return out.writeInstant(update.at()).toByteArray();
	}

	static TrialUpdate decodeUpdate(byte[] bytes) {
		BinaryReader in = reader(bytes);
		String trialId = in.readString();
		String subjectId = in.readString();
		SubjectSummary summary = in.readBoolean() ? readSummary(in) : null;
		Unblinding unblinding = in.readBoolean() ? new Unblinding(in.readInstant(), in.readString(), in.readString())
				: null;
		return new TrialUpdate(trialId, subjectId, summary, unblinding, in.readInstant());
	}

	static byte[] encodeSummary(SubjectSummary summary) {
		BinaryWriter out = new BinaryWriter(256);
		writeSummary(out.writeByte(VERSION), summary);
		return out.toByteArray();
	}

	static SubjectSummary decodeSummary(byte[] bytes) {
		return readSummary(reader(bytes));
	}

	private static BinaryReader reader(byte[] bytes) {
		BinaryReader in = new BinaryReader(bytes);
		int version = in.readByte();
		if (version != VERSION) {
			throw new IllegalArgumentException("unknown summary format " + version);
		}
		return in;
	}

	private static void writeSummary(BinaryWriter out, SubjectSummary s) {
		out.writeString(s.subjectId()).writeString(s.siteId()).writeString(s.armCode()).writeDate(s.enrolmentDate());
		out.writeInt(s.visitsDone().size());
		s.visitsDone().forEach((code, late) -> out.writeString(code).writeBoolean(late));
		out.writeInt(s.units().size());
		s.units().forEach(unit -> writeUnit(out, unit));
		out.writeNullableInt(s.deathDay()).writeInt(s.adverseEventsByGrade().size());
		s.adverseEventsByGrade().forEach((grade, n) -> out.writeInt(grade).writeInt(n));
		out.writeInt(s.seriousEvents()).writeInt(s.susars());
		writeValues(out, s.hba1cChange());
		out.writeNullableDouble(s.latestHba1cPercent())
			.writeNullableBoolean(s.insulinIndependent())
			.writeInt(s.severeHypoglycaemiaEvents());
	}

	private static SubjectSummary readSummary(BinaryReader in) {
		String subjectId = in.readString();
		String siteId = in.readString();
		String armCode = in.readString();
		var enrolmentDate = in.readDate();
		Map<String, Boolean> done = new TreeMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			done.put(in.readString(), in.readBoolean());
		}
		int unitCount = in.readInt();
		List<UnitOutcome> units = new ArrayList<>(unitCount);
		for (int i = 0; i < unitCount; i++) {
			units.add(readUnit(in));
		}
		Integer deathDay = in.readNullableInt();
		Map<Integer, Integer> byGrade = new TreeMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			byGrade.put(in.readInt(), in.readInt());
		}
		int serious = in.readInt();
		int susars = in.readInt();
		Map<String, Double> hba1c = readValues(in);
		return new SubjectSummary(subjectId, siteId, armCode, enrolmentDate, done, units, deathDay, byGrade, serious,
				susars, hba1c, in.readNullableDouble(), in.readNullableBoolean(), in.readInt());
	}

	private static void writeUnit(BinaryWriter out, UnitOutcome unit) {
		out.writeString(unit.unitId())
			.writeNullableInt(unit.closureDay())
			.writeNullableInt(unit.followUpDay())
			.writeBoolean(unit.awaitingConfirmation())
			.writeNullableBoolean(unit.weekFourResponder())
			.writeNullableDouble(unit.latestAreaReduction())
			.writeString(unit.response())
			.writeNullableInt(unit.amputationDay())
			.writeInt(unit.changes().size());
		unit.changes().forEach((measure, byVisit) -> writeValues(out.writeString(measure), byVisit));
	}

	private static UnitOutcome readUnit(BinaryReader in) {
		String unitId = in.readString();
		Integer closureDay = in.readNullableInt();
		Integer followUpDay = in.readNullableInt();
		boolean awaiting = in.readBoolean();
		Boolean weekFour = in.readNullableBoolean();
		Double latestPar = in.readNullableDouble();
		String response = in.readString();
		Integer amputationDay = in.readNullableInt();
		Map<String, Map<String, Double>> changes = new TreeMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			changes.put(in.readString(), readValues(in));
		}
		return new UnitOutcome(unitId, closureDay, followUpDay, awaiting, weekFour, latestPar, response, amputationDay,
				changes);
	}

	private static void writeValues(BinaryWriter out, Map<String, Double> values) {
		out.writeInt(values.size());
		values.forEach((key, value) -> out.writeString(key).writeDouble(value));
	}

	private static Map<String, Double> readValues(BinaryReader in) {
		Map<String, Double> values = new TreeMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			values.put(in.readString(), in.readDouble());
		}
		return values;
	}

}
