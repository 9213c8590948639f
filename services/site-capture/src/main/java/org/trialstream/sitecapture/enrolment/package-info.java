/**
 * Enrolment: eligibility from the trial protocol, randomisation by the platform in permuted blocks per site that
 * honour the allocation ratio, a platform-assigned SITE-NNNN subject id, and a kit number instead of the arm in a
 * blinded trial. Writes capture.subject-enrolled.v1.
 */
package org.trialstream.sitecapture.enrolment;
