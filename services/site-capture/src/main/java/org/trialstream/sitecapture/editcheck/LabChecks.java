package org.trialstream.sitecapture.editcheck;

import java.util.List;
import java.util.Optional;

import org.trialstream.protocol.LabRanges.LabRange;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.model.Lab;

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
			violations.required(at + ".analyte", lab.analyte());
			violations.required(at + ".value", lab.value());
			violations.maxLength(at + ".analyteCode", lab.analyteCode(), 50);
			violations.maxLength(at + ".unit", lab.unit(), 20);
			violations.atLeast(at + ".value", "range.lab-value", lab.value(), 0, null);
			if (violations.required(at + ".unit", lab.unit()) && lab.analyte() != null) {
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
		return protocol.labRanges().forSite(siteId, lab.analyte().name());
	}

}
