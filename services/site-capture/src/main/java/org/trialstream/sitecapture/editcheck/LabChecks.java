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
			String at = path + "[" + i + "]";
			Lab lab = labs.get(i);
			if (!violations.required(at, lab)) {
				continue;
			}
			violations.required(at, "analyte", lab.analyte());
			violations.required(at, "value", lab.value());
			violations.maxLength(at, "analyteCode", lab.analyteCode(), 50);
			violations.maxLength(at, "unit", lab.unit(), 20);
			violations.atLeast(at, "value", "range.lab-value", lab.value(), 0, null);
			if (violations.required(at, "unit", lab.unit()) && lab.analyte() != null) {
				range(protocol, siteId, lab).filter(range -> !range.unit().equals(lab.unit()))
					.ifPresent(range -> violations.add(at + ".unit", "unit.lab",
							lab.analyte() + " must be reported in " + range.unit()));
			}
			if (lab.lowerLimitOfNormal() != null && lab.upperLimitOfNormal() != null
					&& lab.lowerLimitOfNormal() > lab.upperLimitOfNormal()) {
				violations.add(at + ".lowerLimitOfNormal", "range.normal-range",
						"must not be above upperLimitOfNormal");
			}
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
