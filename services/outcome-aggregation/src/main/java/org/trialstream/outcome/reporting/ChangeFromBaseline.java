package org.trialstream.outcome.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.outcome.statistics.RunningStatistics;
import org.trialstream.outcome.subject.Measure;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocol;

/**
 * Change from baseline of each measure at each scheduled visit over a group of units: n, mean and SD (Welford), in
 * measure order then schedule order.
 */
final class ChangeFromBaseline {

	private ChangeFromBaseline() {
	}

	static List<MeasureStat> summarise(TrialProtocol protocol, List<SubjectSummary> subjects) {
		Map<String, Map<String, RunningStatistics>> stats = new HashMap<>();
		for (SubjectSummary subject : subjects) {
			subject.units()
				.forEach(unit -> unit.changes()
					.forEach((measure, byVisit) -> byVisit.forEach((visit, value) -> stats
						.computeIfAbsent(measure, m -> new HashMap<>())
						.computeIfAbsent(visit, v -> new RunningStatistics())
						.add(value))));
			subject.hba1cChange()
				.forEach((visit, value) -> stats.computeIfAbsent(Measure.HBA1C_PERCENT.reportName(), m -> new HashMap<>())
					.computeIfAbsent(visit, v -> new RunningStatistics())
					.add(value));
		}
		List<MeasureStat> result = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			Map<String, RunningStatistics> byVisit = stats.getOrDefault(measure.reportName(), Map.of());
			for (TrialProtocol.ScheduledVisit visit : protocol.schedule()) {
				RunningStatistics s = byVisit.get(visit.code());
				if (s != null) {
					result.add(new MeasureStat(measure.reportName(), visit.code(), (int) s.n(), s.mean(),
							s.standardDeviation(), false));
				}
			}
		}
		return result;
	}

}
