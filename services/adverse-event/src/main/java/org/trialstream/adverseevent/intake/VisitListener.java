package org.trialstream.adverseevent.intake;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.alerting.AlertDecisions;
import org.trialstream.adverseevent.alerting.SafetyDesk;
import org.trialstream.adverseevent.alerting.SignalSource;
import org.trialstream.adverseevent.assessment.AmputationAssessment;
import org.trialstream.adverseevent.assessment.LabAssessment;
import org.trialstream.adverseevent.assessment.LabObservation;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.serde.SchemaPrefetch;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Reads visits (capture.visit-recorded.v1) and their corrections (capture.visit-corrected.v1): each graded lab is
 * compared with the subject's baseline (a suggested adverse event when it crosses into grade 3 or worsens by two
 * grades), and a major amputation of a limb is a protocol trigger. A correction is read as the visit it now is: it
 * can raise or worsen a signal; it never silently withdraws one.
 */
@Component
// Visits come by the thousand per second: fetching up to 64 KB or 100 ms at a time makes each poll (and each
// offset commit after it) carry dozens of visits, not one or two. Lab signals may take 100 ms longer; the adverse
// event listeners keep fetching as soon as a record is there. At most 1 MB per fetch while catching up (a benchmark
// tops the topic up by a million visits): the JDK reads each response through a native buffer of its size, which
// the reading thread keeps, so Kafka's default 50 MB fetches would hold tens of MB outside the heap.
@KafkaListener(id = "adverse-event-visits", topics = { Topics.VISIT_RECORDED, Topics.VISIT_CORRECTED },
		properties = { "fetch.min.bytes=65536", "fetch.max.wait.ms=100", "fetch.max.bytes=1048576",
				"max.partition.fetch.bytes=524288",
				SchemaPrefetch.PREFETCH_TOPICS + "=" + Topics.VISIT_RECORDED + "," + Topics.VISIT_CORRECTED })
class VisitListener {

	private final SafetyDesk desk;

	private final SubjectBaselines baselines;

	private final TrialProtocols protocols;

	VisitListener(SafetyDesk desk, SubjectBaselines baselines, TrialProtocols protocols) {
		this.desk = desk;
		this.baselines = baselines;
		this.protocols = protocols;
	}

	@KafkaHandler
	void onRecorded(VisitRecorded recorded) {
		assess(recorded.getMetadata(), recorded.getSubjectId(), recorded.getVisit());
	}

	@KafkaHandler
	void onCorrected(VisitCorrected corrected) {
		assess(corrected.getMetadata(), corrected.getSubjectId(), corrected.getVisit());
	}

	private void assess(EventMetadata metadata, String subjectId, VisitData visit) {
		SignalSource source = CaptureMapping.source(metadata, subjectId);
		TrialProtocol protocol = protocols.find(metadata.getTrialId()).orElse(null);
		SubjectBaselines.Baseline baseline = baselines.of(metadata.getTrialId(), subjectId);
		for (LabObservation lab : CaptureMapping.labs(visit.getLabs())) {
			LabAssessment.grade(lab, baseline.of(lab.analyte()), metadata.getSiteId(), protocol)
				.flatMap(LabAssessment::signal)
				.ifPresent(signal -> desk.onSignal(source,
						AlertDecisions.labAlertId(metadata.getTrialId(), subjectId, lab.analyte()), signal));
		}
		for (LimbAssessment limb : visit.getLimbs()) {
			if (limb.getAmputation() == AmputationLevel.MAJOR) {
				String laterality = limb.getLaterality().name();
				desk.onSignal(source, AlertDecisions.amputationAlertId(metadata.getTrialId(), subjectId, laterality),
						AmputationAssessment.majorAmputation(laterality, visit.getVisitCode()));
			}
		}
	}

}
