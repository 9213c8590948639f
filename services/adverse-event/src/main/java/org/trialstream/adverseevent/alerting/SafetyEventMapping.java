package org.trialstream.adverseevent.alerting;

import java.time.Instant;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;
import org.trialstream.adverseevent.assessment.ClockKind;
import org.trialstream.adverseevent.assessment.ClockStatus;
import org.trialstream.adverseevent.assessment.RegulatoryClock;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.safety.SafetyAlertAcknowledged;
import org.trialstream.avro.safety.SafetyAlertEscalated;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;

/** Maps alert changes to the safety events (Avro) and back, so the book can be rebuilt from the topics. */
final class SafetyEventMapping {

	static final String SOURCE = "adverse-event";

	private SafetyEventMapping() {
	}

	static SpecificRecord toAvro(AlertChange change, Alert alert) {
		return switch (change) {
			case AlertChange.Raised raised -> SafetyAlertRaised.newBuilder()
				.setMetadata(metadata(change, alert, system(), raised.correlationId()))
				.setAlertId(alert.alertId())
				.setSubjectId(alert.subjectId())
				.setAdverseEventId(alert.adverseEventId())
				.setKind(org.trialstream.avro.safety.AlertKind.valueOf(alert.kind().name()))
				.setSeverity(org.trialstream.avro.safety.AlertSeverity.valueOf(alert.severity().name()))
				.setReason(alert.reason())
				.setSourceEventIds(alert.sourceEventIds())
				.setSponsorAwareAt(alert.sponsorAwareAt())
				.setClocks(clocks(alert.clocks()))
				.setCtcaeGrade(alert.ctcaeGrade())
				.build();
			case AlertChange.Updated updated -> SafetyAlertUpdated.newBuilder()
				.setMetadata(metadata(change, alert, system(), updated.correlationId()))
				.setAlertId(alert.alertId())
				.setSubjectId(alert.subjectId())
				.setAdverseEventId(alert.adverseEventId())
				.setKind(org.trialstream.avro.safety.AlertKind.valueOf(alert.kind().name()))
				.setSeverity(org.trialstream.avro.safety.AlertSeverity.valueOf(alert.severity().name()))
				.setReason(alert.reason())
				.setSourceEventIds(alert.sourceEventIds())
				.setSponsorAwareAt(alert.sponsorAwareAt())
				.setClocks(clocks(alert.clocks()))
				.setCtcaeGrade(alert.ctcaeGrade())
				.setRevision(alert.revision())
				.setChangeSummary(alert.changeSummary())
				.build();
			case AlertChange.Acknowledged ack -> SafetyAlertAcknowledged.newBuilder()
				.setMetadata(metadata(change, alert, new Actor(ack.acknowledgement().by(), role(ack.actorRole())), null))
				.setAlertId(alert.alertId())
				.setSubjectId(alert.subjectId())
				.setNote(ack.acknowledgement().note())
				.build();
			case AlertChange.Escalated escalated -> SafetyAlertEscalated.newBuilder()
				.setMetadata(metadata(change, alert, system(), null))
				.setAlertId(alert.alertId())
				.setSubjectId(alert.subjectId())
				.setLevel(escalated.level())
				.setReason(escalated.reason())
				.build();
		};
	}

	/** The change a safety event records, or null for a record of another type. */
	static AlertChange fromAvro(Object value) {
		return switch (value) {
			case SafetyAlertRaised raised -> new AlertChange.Raised(raised.getMetadata().getEventId(),
					raised.getMetadata().getOccurredAt(), raised.getMetadata().getCorrelationId(),
					alert(raised.getMetadata(), raised.getAlertId(), raised.getSubjectId(), raised.getAdverseEventId(),
							raised.getKind(), raised.getSeverity(), raised.getReason(), raised.getCtcaeGrade(),
							raised.getSponsorAwareAt(), raised.getClocks(), raised.getSourceEventIds(), 1, null));
			case SafetyAlertUpdated updated -> new AlertChange.Updated(updated.getMetadata().getEventId(),
					updated.getMetadata().getOccurredAt(), updated.getMetadata().getCorrelationId(),
					alert(updated.getMetadata(), updated.getAlertId(), updated.getSubjectId(),
							updated.getAdverseEventId(), updated.getKind(), updated.getSeverity(), updated.getReason(),
							updated.getCtcaeGrade(), updated.getSponsorAwareAt(), updated.getClocks(),
							updated.getSourceEventIds(), updated.getRevision(), updated.getChangeSummary()));
			case SafetyAlertAcknowledged ack -> new AlertChange.Acknowledged(ack.getMetadata().getEventId(),
					ack.getMetadata().getOccurredAt(), ack.getAlertId(), ack.getMetadata().getActor().getRole().name(),
					new Acknowledgement(ack.getMetadata().getActor().getId(), ack.getMetadata().getOccurredAt(),
							ack.getNote()));
			case SafetyAlertEscalated escalated -> new AlertChange.Escalated(escalated.getMetadata().getEventId(),
					escalated.getMetadata().getOccurredAt(), escalated.getAlertId(), escalated.getLevel(),
					escalated.getReason());
			default -> null;
		};
	}

	private static Alert alert(EventMetadata metadata, String alertId, String subjectId, String adverseEventId,
			org.trialstream.avro.safety.AlertKind kind, org.trialstream.avro.safety.AlertSeverity severity,
			String reason, Integer grade, Instant sponsorAwareAt, List<org.trialstream.avro.safety.RegulatoryClock> clocks,
			List<String> sources, int revision, String changeSummary) {
		Instant at = metadata.getOccurredAt();
		return new Alert(alertId, metadata.getTrialId(), metadata.getSiteId(), subjectId, adverseEventId,
				AlertKind.valueOf(kind.name()), AlertSeverity.valueOf(severity.name()), reason, grade, sponsorAwareAt,
				clocks.stream().map(SafetyEventMapping::clock).toList(), sources, revision, changeSummary, at, at, null,
				0);
	}

	private static EventMetadata metadata(AlertChange change, Alert alert, Actor actor, String correlationId) {
		return EventMetadata.newBuilder()
			.setEventId(change.eventId())
			.setOccurredAt(change.at())
			.setRecordedAt(change.at())
			.setSource(SOURCE)
			.setTrialId(alert.trialId())
			.setSiteId(alert.siteId())
			.setActor(actor)
			.setCorrelationId(correlationId)
			.build();
	}

	private static Actor system() {
		return new Actor(SOURCE, ActorRole.SYSTEM);
	}

	private static ActorRole role(String role) {
		return "MONITOR".equals(role) ? ActorRole.MONITOR : ActorRole.SPONSOR;
	}

	private static List<org.trialstream.avro.safety.RegulatoryClock> clocks(List<RegulatoryClock> clocks) {
		return clocks.stream()
			.map(clock -> new org.trialstream.avro.safety.RegulatoryClock(
					org.trialstream.avro.safety.ClockKind.valueOf(clock.kind().name()), clock.startedAt(),
					clock.dueAt(), org.trialstream.avro.safety.ClockStatus.valueOf(clock.status().name())))
			.toList();
	}

	private static RegulatoryClock clock(org.trialstream.avro.safety.RegulatoryClock clock) {
		return new RegulatoryClock(ClockKind.valueOf(clock.getKind().name()), clock.getStartedAt(), clock.getDueAt(),
				ClockStatus.valueOf(clock.getStatus().name()));
	}

}
