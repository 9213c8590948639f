package org.trialstream.sitecapture.editcheck;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.trialstream.protocol.LabRanges;
import org.trialstream.protocol.LabRanges.LabRange;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LabAnalyte;

/**
 * Lab values: analyte, value and unit are required, values are not negative, and the unit is the one the protocol's
 * normal range for the site uses (units are checked, never converted). Missing normal ranges are filled from the
 * protocol, since ranges are per lab, per site.
 */
public final class LabChecks {

	private LabChecks() {
	}

	public static void check(Violations violations, String path, List<Lab> labs, TrialProtocol protocol,
			String siteId) {
		for (int i = 0; i < labs.size(); i++) {
			// Checked with paths relative to the lab, whose own path is built only when one fails: building
			// "labs[i]" for each of a visit's labs was a tenth of a batch's CPU.
			Violations found = new Violations();
			check(found, labs.get(i), protocol, siteId);
			if (!found.isEmpty()) {
				violations.addAllUnder(path + "[" + i + "]", found);
			}
		}
	}

	private static void check(Violations violations, Lab lab, TrialProtocol protocol, String siteId) {
		if (!violations.required("", lab)) {
			return;
		}
		violations.required("", "analyte", lab.analyte());
		violations.required("", "value", lab.value());
		violations.maxLength("", "analyteCode", lab.analyteCode(), 50);
		violations.maxLength("", "unit", lab.unit(), 20);
		violations.atLeast("", "value", "range.lab-value", lab.value(), 0, null);
		if (violations.required("", "unit", lab.unit()) && lab.analyte() != null) {
			range(protocol, siteId, lab).filter(range -> !range.unit().equals(lab.unit()))
				.ifPresent(range -> violations.add("unit", "unit.lab", lab.analyte() + " must be reported in "
						+ range.unit()));
		}
		if (lab.lowerLimitOfNormal() != null && lab.upperLimitOfNormal() != null
				&& lab.lowerLimitOfNormal() > lab.upperLimitOfNormal()) {
			violations.add("lowerLimitOfNormal", "range.normal-range", "must not be above upperLimitOfNormal");
		}
	}

	/** The labs with the protocol's normal range for the site wherever the site sent none. */
	public static List<Lab> withNormalRanges(List<Lab> labs, TrialProtocol protocol, String siteId) {
		return labs.stream()
			.map(lab -> lab.lowerLimitOfNormal() != null || lab.upperLimitOfNormal() != null ? lab
					: range(protocol, siteId, lab)
						.map(range -> lab.withNormalRange(range.lowerLimitOfNormal(), range.upperLimitOfNormal()))
						.orElse(lab))
			.toList();
	}

	private static Optional<LabRange> range(TrialProtocol protocol, String siteId, Lab lab) {
		return RANGES.computeIfAbsent(new SiteRanges(protocol.labRanges(), siteId), SiteRanges::resolve)
			.get(lab.analyte());
	}

	/** A site's normal ranges, resolved once per protocol and site (a visit has a dozen labs, each looked up twice). */
	private static final Map<SiteRanges, Map<LabAnalyte, Optional<LabRange>>> RANGES = new ConcurrentHashMap<>();

	/** Keyed by the protocol's ranges as an instance: the protocols are loaded once and never change. */
	private record SiteRanges(LabRanges ranges, String siteId) {

		@Override
		public boolean equals(Object other) {
			return other instanceof SiteRanges that && ranges == that.ranges && siteId.equals(that.siteId);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(ranges) * 31 + siteId.hashCode();
		}

		Map<LabAnalyte, Optional<LabRange>> resolve() {
			Map<LabAnalyte, Optional<LabRange>> bySite = new EnumMap<>(LabAnalyte.class);
			for (LabAnalyte analyte : LabAnalyte.values()) {
				bySite.put(analyte, ranges.forSite(siteId, analyte.name()));
			}
			return bySite;
		}

	}

}
