package org.trialstream.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lab normal ranges: a default per analyte and overrides per site, since each site's lab has its own (DOMAIN.md).
 *
 * @param defaults ranges used where a site has no range of its own
 * @param bySite site id to that site's ranges
 */
public record LabRanges(List<LabRange> defaults, Map<String, List<LabRange>> bySite) {

	public static final LabRanges EMPTY = new LabRanges(List.of(), Map.of());

	public LabRanges {
		defaults = defaults == null ? List.of() : List.copyOf(defaults);
		bySite = bySite == null ? Map.of() : Map.copyOf(bySite);
	}

	/** The range a site's lab uses for an analyte (analyte names as in the Avro LabAnalyte enum). */
	public Optional<LabRange> forSite(String siteId, String analyte) {
		return bySite.getOrDefault(siteId, List.of())
			.stream()
			.filter(range -> range.analyte().equals(analyte))
			.findFirst()
			.or(() -> defaults.stream().filter(range -> range.analyte().equals(analyte)).findFirst());
	}

	/** Normal range of one analyte in one unit (UCUM, as in LabResult.unit). */
	public record LabRange(String analyte, String unit, double lowerLimitOfNormal, double upperLimitOfNormal) {
	}

}
