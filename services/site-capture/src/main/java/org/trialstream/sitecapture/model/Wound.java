package org.trialstream.sitecapture.model;

/**
 * The index ulcer on a limb at a visit.
 *
 * @param areaCm2 ulcer area in cm2, >= 0 (0 with CLOSED means closed)
 * @param depthMm depth in mm, >= 0
 * @param wagnerGrade Wagner grade 0-5
 * @param closureStatus open or closed
 * @param reEpithelialisationPercent 0-100
 * @param drainage whether the wound drains
 */
public record Wound(Double areaCm2, Double depthMm, Integer wagnerGrade, ClosureStatus closureStatus,
		Integer reEpithelialisationPercent, Boolean drainage) {
}
