package org.trialstream.outcome.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.trialstream.outcome.statistics.CountTable;
import org.trialstream.outcome.statistics.SmallCellSuppression;

/**
 * Small-cell suppression of a report as a sponsor sees it: every count, every measure's n (with its mean and SD) and
 * the sites' counts go into one table whose margins are the sums a reader could subtract (arms to pooled, sites to
 * pooled, grades to all events, response categories to evaluable units). Curves stop where fewer units than the
 * threshold remain at risk; shares built from a suppressed count are withheld.
 */
final class ReportSuppression {

	private static final String POOLED = "*";

	private ReportSuppression() {
	}

	static TrialReport apply(TrialReport report) {
		int threshold = report.smallCellThreshold();
		List<ArmOutcome> groups = new ArrayList<>();
		groups.add(report.pooled());
		groups.addAll(report.arms());
		CountTable table = new CountTable();
		groups.forEach(arm -> {
			arm.counts().forEach((key, value) -> table.cell(cell(arm, key), value));
			arm.measures().forEach(m -> table.cell(cell(arm, measureKey(m)), m.n()));
		});
		report.sites().forEach(site -> site.counts().forEach((key, value) -> table.cell(siteCell(site, key), value)));
		groups.forEach(arm -> withinArmMargins(table, arm));
		if (!report.arms().isEmpty()) {
			acrossArmMargins(table, report);
		}
		report.pooled().counts().keySet().forEach(key -> {
			List<String> members = report.sites()
				.stream()
				.filter(site -> site.counts().containsKey(key))
				.map(site -> siteCell(site, key))
				.toList();
			if (!members.isEmpty()) {
				table.margin(cell(report.pooled(), key), members);
			}
		});
		Set<String> hidden = new SmallCellSuppression(threshold).suppress(table);
		return report.with(report.scope(), suppress(report.pooled(), hidden, threshold),
				report.arms().stream().map(arm -> suppress(arm, hidden, threshold)).toList(),
				report.sites().stream().map(site -> suppress(site, hidden)).toList());
	}

	private static void withinArmMargins(CountTable table, ArmOutcome arm) {
		if (arm.counts().containsKey(CountKeys.AE_EVENTS)) {
			table.margin(cell(arm, CountKeys.AE_EVENTS), CountKeys.GRADES.stream().map(g -> cell(arm, g)).toList());
		}
		if (arm.counts().containsKey(CountKeys.RESPONSE_EVALUABLE)) {
			table.margin(cell(arm, CountKeys.RESPONSE_EVALUABLE),
					CountKeys.RESPONSES.stream().map(r -> cell(arm, r)).toList());
		}
	}

	private static void acrossArmMargins(CountTable table, TrialReport report) {
		ArmOutcome pooled = report.pooled();
		pooled.counts()
			.keySet()
			.forEach(key -> table.margin(cell(pooled, key),
					report.arms().stream().filter(a -> a.counts().containsKey(key)).map(a -> cell(a, key)).toList()));
		pooled.measures().forEach(m -> {
			List<String> members = report.arms()
				.stream()
				.filter(a -> a.measures().stream().anyMatch(x -> measureKey(x).equals(measureKey(m))))
				.map(a -> cell(a, measureKey(m)))
				.toList();
			if (!members.isEmpty()) {
				table.margin(cell(pooled, measureKey(m)), members);
			}
		});
	}

	private static ArmOutcome suppress(ArmOutcome arm, Set<String> hidden, int threshold) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> suppressed = new ArrayList<>();
		arm.counts().forEach((key, value) -> {
			boolean hide = hidden.contains(cell(arm, key));
			counts.put(key, hide ? null : value);
			if (hide) {
				suppressed.add(key);
			}
		});
		List<MeasureStat> measures = arm.measures()
			.stream()
			.map(m -> hidden.contains(cell(arm, measureKey(m)))
					? new MeasureStat(m.measure(), m.visitCode(), null, null, null, true) : m)
			.toList();
		Predicate<String> shown = key -> !hidden.contains(cell(arm, key));
		boolean week4Shown = shown.test(CountKeys.WEEK4_RESPONDERS) && shown.test(CountKeys.WEEK4_EVALUABLE);
		boolean responseShown = CountKeys.RESPONSES.stream().allMatch(shown)
				&& shown.test(CountKeys.RESPONSE_EVALUABLE);
		List<CurvePoint> curve = arm.closureCurve().stream().takeWhile(p -> p.atRisk() >= threshold).toList();
		return new ArmOutcome(arm.armCode(), arm.label(), counts, CountKeys.sorted(suppressed), arm.timeToClosure(),
				curve, curve.size() < arm.closureCurve().size(), week4Shown ? arm.week4ResponderShare() : null,
				responseShown ? arm.objectiveResponseRate() : null,
				responseShown ? arm.objectiveResponseOrStableShare() : null,
				arm.amputationIncidence().stream().takeWhile(p -> p.atRisk() >= threshold).toList(),
				arm.deathIncidence().stream().takeWhile(p -> p.atRisk() >= threshold).toList(), measures);
	}

	private static SiteOutcome suppress(SiteOutcome site, Set<String> hidden) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> suppressed = new ArrayList<>();
		site.counts().forEach((key, value) -> {
			boolean hide = hidden.contains(siteCell(site, key));
			counts.put(key, hide ? null : value);
			if (hide) {
				suppressed.add(key);
			}
		});
		return new SiteOutcome(site.siteId(), site.name(), counts, CountKeys.sorted(suppressed));
	}

	private static String cell(ArmOutcome arm, String key) {
		return (arm.armCode() == null ? POOLED : arm.armCode()) + "|" + key;
	}

	private static String siteCell(SiteOutcome site, String key) {
		return "site:" + site.siteId() + "|" + key;
	}

	private static String measureKey(MeasureStat measure) {
		return "measure:" + measure.measure() + "@" + measure.visitCode();
	}

}
