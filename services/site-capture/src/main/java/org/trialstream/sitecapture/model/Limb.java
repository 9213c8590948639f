package org.trialstream.sitecapture.model;

/** A limb the trial follows; studyLimb marks the treated or assessed one. */
public record Limb(Laterality laterality, Boolean studyLimb) {
}
