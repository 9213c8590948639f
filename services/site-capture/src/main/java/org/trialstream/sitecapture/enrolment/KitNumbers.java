package org.trialstream.sitecapture.enrolment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kit number a site sees instead of the arm in a blinded trial: a keyed hash of trial and subject, so it says
 * nothing about the arm and cannot be derived without the secret.
 */
public final class KitNumbers {

	private KitNumbers() {
	}

	public static String kitNumber(String secret, String trialId, String subjectId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((trialId + "\n" + subjectId).getBytes(StandardCharsets.UTF_8));
			return "KIT-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 5);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
