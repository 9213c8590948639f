package org.trialstream.benchmark.rebuild;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.Allocation;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.ClosureStatus;
import org.trialstream.avro.capture.Limb;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.Perfusion;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.capture.WoundAssessment;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.Laterality;

/**
 * Writes synthetic LEGEND-1 subjects (sites US-03 to US-22, five-digit numbers that site-capture never assigns) and
 * their visits straight to the capture topics with the platform's serializer (Apicurio, Confluent wire format,
 * schemas looked up, never registered): an enrolment, then ten visits each, over the schedule, healing as they go.
 */
final class SyntheticVisits {

	static final int VISITS_PER_SUBJECT = 10;

	private static final String TRIAL = "LEGEND-1";

	private static final List<String> ARMS = List.of("AMG-4MG", "AMG-8MG", "PLACEBO");

	private static final String[] CODES = { "D0", "D28", "D56", "D84", "M6", "M9", "M12" };

	private static final int[] DAYS = { 0, 28, 56, 84, 182, 273, 365 };

	private final String bootstrap;

	private final String registryApi;

	SyntheticVisits(String bootstrap, String registryApi) {
		this.bootstrap = bootstrap;
		this.registryApi = registryApi;
	}

	/** Writes {@code visits} visits (and the enrolments of their subjects); returns the records written. */
	long write(long visits, int firstSubject) {
		long subjects = (visits + VISITS_PER_SUBJECT - 1) / VISITS_PER_SUBJECT;
		LocalDate enrolled = LocalDate.now().minusDays(400);
		AtomicReference<Exception> failure = new AtomicReference<>();
		long written = 0;
		try (KafkaProducer<String, SpecificRecord> producer = producer()) {
			for (long s = 0; s < subjects && failure.get() == null; s++) {
				long number = firstSubject + s;
				String site = "US-%02d".formatted(3 + (int) (number % 20));
				String subject = site + "-" + (10_000 + number / 20);
				String key = Topics.subjectKey(TRIAL, subject);
				producer.send(new ProducerRecord<>(Topics.SUBJECT_ENROLLED, key, enrolment(site, subject, enrolled, number)),
						(m, e) -> failure.compareAndSet(null, e));
				written++;
				long left = Math.min(VISITS_PER_SUBJECT, visits - s * VISITS_PER_SUBJECT);
				for (int v = 0; v < left; v++) {
					producer.send(new ProducerRecord<>(Topics.VISIT_RECORDED, key, visit(site, subject, enrolled, v)),
							(m, e) -> failure.compareAndSet(null, e));
					written++;
				}
			}
			producer.flush();
		}
		if (failure.get() != null) {
			throw new IllegalStateException("writing synthetic visits failed", failure.get());
		}
		return written;
	}

	private KafkaProducer<String, SpecificRecord> producer() {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		config.put(SerdeConfig.REGISTRY_URL, registryApi);
		config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
		config.put(SerdeConfig.DEREFERENCE_SCHEMA, true);
		config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
		AvroKafkaSerializer<SpecificRecord> values = new AvroKafkaSerializer<>();
		values.configure(config, false);
		return new KafkaProducer<>(config, new StringSerializer(), values);
	}

	private static EventMetadata metadata(String site, Instant at) {
		return EventMetadata.newBuilder()
			.setEventId(UUID.randomUUID())
			.setOccurredAt(at)
			.setRecordedAt(Instant.now())
			.setSource("benchmark")
			.setTrialId(TRIAL)
			.setSiteId(site)
			.setActor(Actor.newBuilder().setId("benchmark").setRole(ActorRole.SYSTEM).build())
			.build();
	}

	private static SubjectEnrolled enrolment(String site, String subject, LocalDate enrolled, long number) {
		return SubjectEnrolled.newBuilder()
			.setMetadata(metadata(site, enrolled.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
			.setSubjectId(subject)
			.setEnrolmentDate(enrolled)
			.setAllocation(Allocation.newBuilder().setArmCode(ARMS.get((int) (number % 3))).build())
			.setLimbs(List.of(Limb.newBuilder().setLaterality(Laterality.LEFT).setStudyLimb(true).build()))
			.setAgeYears(64)
			.build();
	}

	private static VisitRecorded visit(String site, String subject, LocalDate enrolled, int index) {
		int slot = Math.min(index, CODES.length - 1);
		boolean scheduled = index < CODES.length;
		int day = scheduled ? DAYS[slot] : 365 + 14 * (index - CODES.length + 1);
		double area = Math.max(0, 4.0 - day / 60.0);
		WoundAssessment wound = WoundAssessment.newBuilder()
			.setAreaCm2(area)
			.setClosureStatus(area == 0 ? ClosureStatus.CLOSED : ClosureStatus.OPEN)
			.build();
		LimbAssessment limb = LimbAssessment.newBuilder()
			.setLaterality(Laterality.LEFT)
			.setWound(wound)
			.setPerfusion(Perfusion.newBuilder().setAbi(0.7 + day / 3650.0).setTcpo2MmHg(40.0).build())
			.setAmputation(AmputationLevel.NONE)
			.build();
		VisitData data = VisitData.newBuilder()
			.setVisitCode(scheduled ? CODES[slot] : "UNSCHEDULED")
			.setStudyDay(day)
			.setVisitDate(enrolled.plusDays(day))
			.setLimbs(List.of(limb))
			.build();
		return VisitRecorded.newBuilder()
			.setMetadata(metadata(site, enrolled.plusDays(day).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
			.setSubjectId(subject)
			.setVisitId(UUID.randomUUID().toString())
			.setWindowStatus(scheduled ? WindowStatus.IN_WINDOW : WindowStatus.UNSCHEDULED)
			.setVisit(data)
			.build();
	}

}
