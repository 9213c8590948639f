package org.trialstream.sitecapture.model;

/** Vital signs at a visit. */
public record Vitals(Integer systolicMmHg, Integer diastolicMmHg, Integer heartRateBpm, Double temperatureC,
		Double weightKg) {
}
