package org.trialstream.deploy;

import java.util.Set;

/**
 * A container image reference, {@code [registry/]repository[:tag][@digest]}. Pinned means a reproducible pull:
 * a digest, or a tag that names a release rather than a moving pointer such as {@code latest}.
 */
record ImageReference(String repository, String tag, String digest) {

	private static final Set<String> MOVING_TAGS = Set.of("latest", "stable", "edge", "main", "master", "nightly");

	static ImageReference parse(String image) {
		String rest = image.strip();
		String digest = null;
		int at = rest.indexOf('@');
		if (at >= 0) {
			digest = rest.substring(at + 1);
			rest = rest.substring(0, at);
		}
		int colon = rest.lastIndexOf(':');
		// A colon before the last slash belongs to a registry host:port, not to a tag.
		if (colon > rest.lastIndexOf('/')) {
			return new ImageReference(rest.substring(0, colon), rest.substring(colon + 1), digest);
		}
		return new ImageReference(rest, null, digest);
	}

	boolean isPinned() {
		if (digest != null && digest.startsWith("sha256:")) {
			return true;
		}
		return tag != null && !tag.isBlank() && !MOVING_TAGS.contains(tag) && !tag.contains("$");
	}

}
