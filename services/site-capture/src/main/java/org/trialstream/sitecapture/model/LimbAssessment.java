package org.trialstream.sitecapture.model;

/** Everything measured on one limb at one visit. */
public record LimbAssessment(Laterality laterality, Wound wound, Perfusion perfusion, AmputationLevel amputation) {
}
