package org.trialstream.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory sizes as Kubernetes (512Mi), compose (512M) and the JVM (-Xmx256m) write them, in bytes. */
final class Memory {

	private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(Ki|Mi|Gi|k|K|m|M|g|G)?[bB]?");

	private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\S+)");

	private Memory() {
	}

	static long bytes(String size) {
		Matcher matcher = SIZE.matcher(size.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a memory size: '" + size + "'");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "" : matcher.group(2);
		return switch (unit) {
			case "" -> amount;
			case "Ki", "k", "K" -> amount << 10;
			case "Mi", "m", "M" -> amount << 20;
			default -> amount << 30;
		};
	}

	/** The -Xmx of a JVM options string; fails if there is none, since then the JVM sizes its heap from the host. */
	static long maxHeap(String jvmOptions) {
		Matcher matcher = MAX_HEAP.matcher(jvmOptions == null ? "" : jvmOptions);
		if (!matcher.find()) {
			throw new AssertionError("No -Xmx in JVM options '" + jvmOptions + "'");
		}
		return bytes(matcher.group(1));
	}

}
