package org.trialstream.outcome.topology;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.ClosureStatus;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.Perfusion;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.capture.WoundAssessment;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.common.LabResult;
import org.trialstream.avro.common.Laterality;

/**
 * Reads a VisitRecorded or VisitCorrected written with exactly the schema this service was built with (the caller
 * checks) field by field, building only what the outcome topology reads ({@link CaptureEvents}): the event's id,
 * trial, site and time, the subject, visit id, window status or correction number, and the visit's code, day, date,
 * limbs, HbA1c, insulin and hypoglycaemia, with the labs as analyte and value. The rest (the labs' codes, units,
 * ranges and times, vitals, the wound's depth and grade, the event's recording time, source, actor and correlation
 * id, a correction's reason and changes) is skipped, not built: a record read here is for this topology only.
 */
final class LeanVisitReader<T> implements DatumReader<T> {

	private static final WindowStatus[] WINDOWS = WindowStatus.values();

	private static final Laterality[] LATERALITIES = Laterality.values();

	private static final AmputationLevel[] AMPUTATIONS = AmputationLevel.values();

	private static final ClosureStatus[] CLOSURES = ClosureStatus.values();

	private static final LabAnalyte[] ANALYTES = LabAnalyte.values();

	private final boolean correction;

	LeanVisitReader(boolean correction) {
		this.correction = correction;
	}

	@Override
	public void setSchema(Schema schema) {
		// Built for one schema only; the provider never hands this reader another.
	}

	@Override
	@SuppressWarnings("unchecked")
	public T read(T reuse, Decoder in) throws IOException {
		EventMetadata metadata = metadata(in);
		String subjectId = in.readString();
		String visitId = in.readString();
		if (correction) {
			VisitCorrected corrected = new VisitCorrected();
			corrected.setMetadata(metadata);
			corrected.setSubjectId(subjectId);
			corrected.setVisitId(visitId);
			corrected.setCorrectionNumber(in.readInt());
			in.skipString();
			for (long n = in.readArrayStart(); n > 0; n = in.arrayNext()) {
				for (long i = 0; i < n; i++) {
					in.skipString();
					skipOptionalString(in);
					skipOptionalString(in);
				}
			}
			corrected.setVisit(visit(in));
			return (T) corrected;
		}
		VisitRecorded recorded = new VisitRecorded();
		recorded.setMetadata(metadata);
		recorded.setSubjectId(subjectId);
		recorded.setVisitId(visitId);
		recorded.setWindowStatus(WINDOWS[in.readEnum()]);
		recorded.setVisit(visit(in));
		return (T) recorded;
	}

	private static EventMetadata metadata(Decoder in) throws IOException {
		EventMetadata metadata = new EventMetadata();
		metadata.setEventId(UUID.fromString(in.readString()));
		metadata.setOccurredAt(Instant.ofEpochMilli(in.readLong()));
		in.readLong();
		in.skipString();
		metadata.setTrialId(in.readString());
		metadata.setSiteId(in.readString());
		in.skipString();
		in.readEnum();
		skipOptionalString(in);
		return metadata;
	}

	private static VisitData visit(Decoder in) throws IOException {
		VisitData visit = new VisitData();
		visit.setVisitCode(in.readString());
		visit.setStudyDay(in.readInt());
		visit.setVisitDate(LocalDate.ofEpochDay(in.readInt()));
		List<LimbAssessment> limbs = new ArrayList<>(2);
		for (long n = in.readArrayStart(); n > 0; n = in.arrayNext()) {
			for (long i = 0; i < n; i++) {
				limbs.add(limb(in));
			}
		}
		visit.setLimbs(limbs);
		List<LabResult> labs = new ArrayList<>();
		for (long n = in.readArrayStart(); n > 0; n = in.arrayNext()) {
			for (long i = 0; i < n; i++) {
				LabResult lab = new LabResult();
				lab.setAnalyte(ANALYTES[in.readEnum()]);
				skipOptionalString(in);
				lab.setValue(in.readDouble());
				in.skipString();
				optionalDouble(in);
				optionalDouble(in);
				if (in.readIndex() == 1) {
					in.readLong();
				}
				labs.add(lab);
			}
		}
		visit.setLabs(labs);
		if (in.readIndex() == 1) {
			optionalInt(in);
			optionalInt(in);
			optionalInt(in);
			optionalDouble(in);
			optionalDouble(in);
		}
		visit.setHba1cPercent(optionalDouble(in));
		visit.setDailyInsulinUnits(optionalDouble(in));
		visit.setSevereHypoglycaemiaEvents(optionalInt(in));
		return visit;
	}

	private static LimbAssessment limb(Decoder in) throws IOException {
		LimbAssessment limb = new LimbAssessment();
		limb.setLaterality(LATERALITIES[in.readEnum()]);
		if (in.readIndex() == 1) {
			WoundAssessment wound = new WoundAssessment();
			wound.setAreaCm2(in.readDouble());
			optionalDouble(in);
			optionalInt(in);
			wound.setClosureStatus(CLOSURES[in.readEnum()]);
			wound.setReEpithelialisationPercent(optionalInt(in));
			wound.setDrainage(in.readIndex() == 1 ? in.readBoolean() : null);
			limb.setWound(wound);
		}
		if (in.readIndex() == 1) {
			limb.setPerfusion(new Perfusion(optionalDouble(in), optionalDouble(in), optionalDouble(in),
					optionalDouble(in), optionalDouble(in)));
		}
		limb.setAmputation(AMPUTATIONS[in.readEnum()]);
		return limb;
	}

	/** A ["null", "double"] union. */
	private static Double optionalDouble(Decoder in) throws IOException {
		return in.readIndex() == 1 ? in.readDouble() : null;
	}

	/** A ["null", "int"] union. */
	private static Integer optionalInt(Decoder in) throws IOException {
		return in.readIndex() == 1 ? in.readInt() : null;
	}

	private static void skipOptionalString(Decoder in) throws IOException {
		if (in.readIndex() == 1) {
			in.skipString();
		}
	}

}
