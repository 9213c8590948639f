package org.trialstream.outcome.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.Vitals;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.capture.WoundAssessment;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.common.LabResult;
import org.trialstream.outcome.TrialEvents;
import org.trialstream.outcome.TrialEvents.LimbValues;
import org.trialstream.outcome.subject.SubjectState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.avro.common.Laterality.LEFT;
import static org.trialstream.avro.common.Laterality.RIGHT;

class LeanVisitReaderTests {

	final TrialEvents events = new TrialEvents("LEGEND-1", LocalDate.of(2026, 1, 5));

	final LeanVisitDatumProvider<SpecificRecord> provider = new LeanVisitDatumProvider<>();

	@BeforeEach
	void configureAsTheService() {
		provider.configure(new AvroSerdeConfig(Map.of(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true)));
	}

	@Test
	void readsAVisitWithLabsAndVitalsIntoTheSameSubjectStateAsTheFullRecord() throws IOException {
		// Given: a visit as site-capture writes it, with nine labs (HbA1c among them), vitals and a graded wound
		VisitRecorded full = events.visit("US-01", "US-01-0007", "D28", 28, LimbValues.open(LEFT, 3.5).withAbi(0.8),
				LimbValues.closed(RIGHT));
		full.setWindowStatus(WindowStatus.LATE);
		VisitData data = full.getVisit();
		data.getLimbs().getFirst().setWound(WoundAssessment.newBuilder(data.getLimbs().getFirst().getWound())
			.setDepthMm(2.0)
			.setWagnerGrade(2)
			.build());
		data.setVitals(Vitals.newBuilder().setSystolicMmHg(130).setHeartRateBpm(72).build());
		data.setLabs(List.of(lab(LabAnalyte.HEMOGLOBIN, 131), lab(LabAnalyte.PLATELETS, 250),
				lab(LabAnalyte.WHITE_BLOOD_CELLS, 6.1), lab(LabAnalyte.NEUTROPHILS, 3.9),
				lab(LabAnalyte.CREATININE, 88), lab(LabAnalyte.INR, 1.0), lab(LabAnalyte.ALBUMIN, 41),
				lab(LabAnalyte.HBA1C, 7.4), lab(LabAnalyte.GLUCOSE, 6.2)));
		data.setDailyInsulinUnits(12.0);
		data.setSevereHypoglycaemiaEvents(1);

		// When
		VisitRecorded lean = (VisitRecorded) read(full);

		// Then
		assertThat(CaptureEvents.visit(lean)).isEqualTo(CaptureEvents.visit(full));
		assertThat(CaptureEvents.visit(lean).hba1cPercent()).isEqualTo(7.4);
		assertThat(CaptureEvents.subjectId(lean)).isEqualTo("US-01-0007");
		assertThat(lean.getMetadata().getEventId()).isEqualTo(full.getMetadata().getEventId());
		assertThat(lean.getMetadata().getTrialId()).isEqualTo("LEGEND-1");
		assertThat(lean.getMetadata().getSiteId()).isEqualTo("US-01");
		assertThat(lean.getMetadata().getOccurredAt()).isEqualTo(full.getMetadata().getOccurredAt());
		assertThat(lean.getVisit().getVisitDate()).isEqualTo(full.getVisit().getVisitDate());
		assertThat(lean.getVisit().getLabs()).hasSize(9);
	}

	@Test
	void readsACorrectionWithItsNumberAndValues() throws IOException {
		// Given
		VisitCorrected full = events.correction("US-01", "US-01-0007", "D28", 28, 2, LimbValues.closed(LEFT));

		// When
		VisitCorrected lean = (VisitCorrected) read(full);

		// Then
		assertThat(CaptureEvents.visit(lean)).isEqualTo(CaptureEvents.visit(full));
		assertThat(CaptureEvents.visit(lean).correctionNumber()).isEqualTo(2);
		SubjectState empty = SubjectState.empty("LEGEND-1", "US-01-0007");
		assertThat(CaptureEvents.apply(empty, lean)).isEqualTo(CaptureEvents.apply(empty, full));
	}

	@Test
	void readsAVisitANewerWriterAddedAFieldToThroughSchemaResolution() throws IOException {
		// Given: a writer whose VisitRecorded has one more (optional, last) field, set to null
		VisitRecorded full = events.visit("US-01", "US-01-0008", "D56", 56, LimbValues.open(LEFT, 2.0));
		Schema built = VisitRecorded.getClassSchema();
		List<Schema.Field> fields = new ArrayList<>();
		built.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
		fields.add(new Schema.Field("sourceSystem",
				Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)), "newer",
				JsonProperties.NULL_VALUE));
		Schema newer = Schema.createRecord(built.getName(), built.getDoc(), built.getNamespace(), false, fields);
		byte[] asBuilt = bytes(full);
		byte[] written = Arrays.copyOf(asBuilt, asBuilt.length + 1);

		// When
		SpecificRecord read = provider.createDatumReader(newer)
			.read(null, DecoderFactory.get().binaryDecoder(written, null));

		// Then
		assertThat(CaptureEvents.visit(read)).isEqualTo(CaptureEvents.visit(full));
		assertThat(CaptureEvents.metadata(read).getTrialId()).isEqualTo("LEGEND-1");
	}

	private SpecificRecord read(SpecificRecord record) throws IOException {
		return provider.createDatumReader(record.getSchema())
			.read(null, DecoderFactory.get().binaryDecoder(bytes(record), null));
	}

	private static byte[] bytes(SpecificRecord record) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
		new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
		encoder.flush();
		return out.toByteArray();
	}

	private static LabResult lab(LabAnalyte analyte, double value) {
		return LabResult.newBuilder().setAnalyte(analyte).setValue(value).setUnit("x").setLowerLimitOfNormal(0.0)
			.setUpperLimitOfNormal(1000.0).build();
	}

}
