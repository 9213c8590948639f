package org.trialstream.sitecapture.editcheck;

/**
 * One failed edit check.
 *
 * @param field path of the field in the request body, e.g. limbs[0].perfusion.abi
 * @param rule stable rule id a client can act on, e.g. range.abi
 * @param message what was expected, for a person
 */
public record Violation(String field, String rule, String message) {
}
