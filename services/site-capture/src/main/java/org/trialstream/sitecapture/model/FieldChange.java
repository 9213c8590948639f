package org.trialstream.sitecapture.model;

/**
 * One changed value of a correction, old and new side by side, as text.
 *
 * @param path field path, e.g. limbs[LEFT].wound.areaCm2
 * @param previousValue the value before, null if there was none
 * @param newValue the value after, null if removed
 */
public record FieldChange(String path, String previousValue, String newValue) {
}
