package org.trialstream.outcome.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.outcome.subject.AdverseEventEntry;
import org.trialstream.outcome.subject.AlertEntry;
import org.trialstream.outcome.subject.Enrolment;
import org.trialstream.outcome.subject.LimbMeasures;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.outcome.subject.VisitEntry;

/**
 * A subject's state in the compact binary form of {@link BinaryWriter} (store {@link OutcomeStores#SUBJECT_STATES} and
 * its changelog): a leading format version, then every field in declaration order; a limb's measures behind a
 * presence mask, so a visit with one assessed limb takes some 60-80 bytes instead of JSON's 300. Version 1 visits
 * have no event time ({@link VisitEntry#occurredAt}); both versions are read.
 */
final class SubjectStateCodec {

	static final int VERSION = 2;

	private static final int WITHOUT_EVENT_TIME = 1;

	private static final int AREA = 1;

	private static final int RE_EPITHELIALISATION = 1 << 1;

	private static final int DRAINAGE_KNOWN = 1 << 2;

	private static final int DRAINAGE = 1 << 3;

	private static final int CLOSED = 1 << 4;

	private static final int AMPUTATION = 1 << 5;

	private static final int ABI = 1 << 6;

	private static final int TOE_PRESSURE = 1 << 7;

	private static final int TCPO2 = 1 << 8;

	private static final int SKIN_TEMPERATURE = 1 << 9;

	private static final int CLAUDICATION = 1 << 10;

	private SubjectStateCodec() {
	}

	static byte[] encode(SubjectState state) {
		BinaryWriter out = new BinaryWriter(64 + 80 * state.visits().size());
		out.writeByte(VERSION).writeString(state.trialId()).writeString(state.subjectId());
		Enrolment enrolment = state.enrolment();
		out.writeBoolean(enrolment != null);
		if (enrolment != null) {
			out.writeString(enrolment.siteId())
				.writeString(enrolment.armCode())
				.writeDate(enrolment.enrolmentDate())
				.writeInt(enrolment.limbs().size());
			enrolment.limbs().forEach(out::writeString);
			out.writeString(enrolment.studyLimb()).writeNullableDouble(enrolment.baselineHba1cPercent());
		}
		out.writeInt(state.visits().size());
		state.visits().values().forEach(visit -> writeVisit(out, visit));
		out.writeInt(state.adverseEvents().size());
		state.adverseEvents().forEach((id, event) -> out.writeString(id)
			.writeInt(event.followUpNumber())
			.writeInt(event.grade())
			.writeBoolean(event.serious())
			.writeBoolean(event.fatal())
			.writeDate(event.onsetDate())
			.writeDate(event.resolvedDate()));
		out.writeInt(state.alerts().size());
		state.alerts().forEach((id, alert) -> out.writeString(id).writeInt(alert.revision()).writeBoolean(alert.susar()));
		return out.writeInstant(state.lastEventAt()).toByteArray();
	}

	static SubjectState decode(byte[] bytes) {
		BinaryReader in = new BinaryReader(bytes);
		int version = version(in, "subject state");
		String trialId = in.readString();
		String subjectId = in.readString();
		Enrolment enrolment = null;
		if (in.readBoolean()) {
			String siteId = in.readString();
			String armCode = in.readString();
			var date = in.readDate();
			List<String> limbs = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				limbs.add(in.readString());
			}
			enrolment = new Enrolment(siteId, armCode, date, limbs, in.readString(), in.readNullableDouble());
		}
		int visitCount = in.readInt();
		Map<String, VisitEntry> visits = HashMap.newHashMap(visitCount);
		for (int i = 0; i < visitCount; i++) {
			VisitEntry visit = readVisit(in, version);
			visits.put(visit.visitId(), visit);
		}
		int eventCount = in.readInt();
		Map<String, AdverseEventEntry> events = HashMap.newHashMap(eventCount);
		for (int i = 0; i < eventCount; i++) {
			events.put(in.readString(), new AdverseEventEntry(in.readInt(), in.readInt(), in.readBoolean(),
					in.readBoolean(), in.readDate(), in.readDate()));
		}
		int alertCount = in.readInt();
		Map<String, AlertEntry> alerts = HashMap.newHashMap(alertCount);
		for (int i = 0; i < alertCount; i++) {
			alerts.put(in.readString(), new AlertEntry(in.readInt(), in.readBoolean()));
		}
		return new SubjectState(trialId, subjectId, enrolment, visits, events, alerts, in.readInstant());
	}

	static byte[] encodeVisit(VisitEntry visit) {
		BinaryWriter out = new BinaryWriter(96);
		writeVisit(out.writeByte(VERSION), visit);
		return out.toByteArray();
	}

	static VisitEntry decodeVisit(byte[] bytes) {
		BinaryReader in = new BinaryReader(bytes);
		return readVisit(in, version(in, "visit"));
	}

	private static int version(BinaryReader in, String what) {
		int version = in.readByte();
		if (version != VERSION && version != WITHOUT_EVENT_TIME) {
			throw new IllegalArgumentException("unknown " + what + " format " + version);
		}
		return version;
	}

	static void writeVisit(BinaryWriter out, VisitEntry visit) {
		out.writeString(visit.visitId())
			.writeString(visit.visitCode())
			.writeInt(visit.studyDay())
			.writeBoolean(visit.outOfWindow())
			.writeInt(visit.correctionNumber())
			.writeInt(visit.limbs().size());
		visit.limbs().forEach(limb -> writeLimb(out, limb));
		out.writeNullableDouble(visit.hba1cPercent())
			.writeNullableDouble(visit.dailyInsulinUnits())
			.writeNullableInt(visit.severeHypoglycaemiaEvents())
			.writeInstant(visit.occurredAt());
	}

	/** Reads a visit written by {@link #writeVisit} (the current {@link #VERSION}). */
	static VisitEntry readVisit(BinaryReader in) {
		return readVisit(in, VERSION);
	}

	private static VisitEntry readVisit(BinaryReader in, int version) {
		String visitId = in.readString();
		String visitCode = in.readString();
		int studyDay = in.readInt();
		boolean outOfWindow = in.readBoolean();
		int correction = in.readInt();
		int limbCount = in.readInt();
		List<LimbMeasures> limbs = new ArrayList<>(limbCount);
		for (int i = 0; i < limbCount; i++) {
			limbs.add(readLimb(in));
		}
		return new VisitEntry(visitId, visitCode, studyDay, outOfWindow, correction, limbs, in.readNullableDouble(),
				in.readNullableDouble(), in.readNullableInt(), version == WITHOUT_EVENT_TIME ? null : in.readInstant());
	}

	private static void writeLimb(BinaryWriter out, LimbMeasures limb) {
		int mask = (limb.areaCm2() != null ? AREA : 0) | (limb.reEpithelialisationPercent() != null ? RE_EPITHELIALISATION : 0)
				| (limb.drainage() != null ? DRAINAGE_KNOWN : 0) | (Boolean.TRUE.equals(limb.drainage()) ? DRAINAGE : 0)
				| (limb.reportedClosed() ? CLOSED : 0) | (limb.majorAmputation() ? AMPUTATION : 0)
				| (limb.abi() != null ? ABI : 0) | (limb.toePressureMmHg() != null ? TOE_PRESSURE : 0)
				| (limb.tcpo2MmHg() != null ? TCPO2 : 0) | (limb.skinTemperatureC() != null ? SKIN_TEMPERATURE : 0)
				| (limb.claudicationDistanceM() != null ? CLAUDICATION : 0);
		out.writeString(limb.laterality()).writeInt(mask);
		writeIfPresent(out, limb.areaCm2());
		if (limb.reEpithelialisationPercent() != null) {
			out.writeInt(limb.reEpithelialisationPercent());
		}
		writeIfPresent(out, limb.abi());
		writeIfPresent(out, limb.toePressureMmHg());
		writeIfPresent(out, limb.tcpo2MmHg());
		writeIfPresent(out, limb.skinTemperatureC());
		writeIfPresent(out, limb.claudicationDistanceM());
	}

	private static LimbMeasures readLimb(BinaryReader in) {
		String laterality = in.readString();
		int mask = in.readInt();
		Double area = (mask & AREA) != 0 ? in.readDouble() : null;
		Integer reEpithelialisation = (mask & RE_EPITHELIALISATION) != 0 ? in.readInt() : null;
		Boolean drainage = (mask & DRAINAGE_KNOWN) != 0 ? (mask & DRAINAGE) != 0 : null;
		Double abi = (mask & ABI) != 0 ? in.readDouble() : null;
		Double toePressure = (mask & TOE_PRESSURE) != 0 ? in.readDouble() : null;
		Double tcpo2 = (mask & TCPO2) != 0 ? in.readDouble() : null;
		Double skinTemperature = (mask & SKIN_TEMPERATURE) != 0 ? in.readDouble() : null;
		Double claudication = (mask & CLAUDICATION) != 0 ? in.readDouble() : null;
		return new LimbMeasures(laterality, area, reEpithelialisation, drainage, (mask & CLOSED) != 0,
				(mask & AMPUTATION) != 0, abi, toePressure, tcpo2, skinTemperature, claudication);
	}

	private static void writeIfPresent(BinaryWriter out, Double value) {
		if (value != null) {
			out.writeDouble(value);
		}
	}

}
