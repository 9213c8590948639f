package org.trialstream.adverseevent.assessment;

/**
 * A lab's normal range for one analyte, in the canonical unit of {@link LabUnits}. Either limit may be unknown.
 *
 * @param lowerLimitOfNormal LLN, or null
 * @param upperLimitOfNormal ULN, or null
 */
public record NormalRange(Double lowerLimitOfNormal, Double upperLimitOfNormal) {

	public static final NormalRange UNKNOWN = new NormalRange(null, null);

	/** This range where it knows a limit, else the fallback's limit. */
	public NormalRange orElse(NormalRange fallback) {
		return new NormalRange(lowerLimitOfNormal != null ? lowerLimitOfNormal : fallback.lowerLimitOfNormal,
				upperLimitOfNormal != null ? upperLimitOfNormal : fallback.upperLimitOfNormal);
	}

}
