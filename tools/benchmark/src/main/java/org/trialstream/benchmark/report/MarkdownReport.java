package org.trialstream.benchmark.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's figures into docs/benchmarks.md between generated-block markers, one block per measure and one for
 * the machine, so that a partial run ({@code --only ingest}) replaces only its own block and the hand-written
 * analysis around the blocks stays as it is.
 */
public final class MarkdownReport {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private MarkdownReport() {
	}

	public static void write(Report report, Path file) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
		text = replaceBlock(text, "machine", machineBlock(report));
		for (Section section : report.sections()) {
			text = replaceBlock(text, section.measure(), sectionBlock(report, section));
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text);
	}

	static String machineBlock(Report report) {
		StringBuilder out = new StringBuilder();
		out.append("Last run: ").append(DATE.format(report.date())).append(" on ")
			.append(report.machine().describe()).append(".\n");
		report.conditions().forEach(c -> out.append("Conditions: ").append(c).append(".\n"));
		return out.toString();
	}

	static String sectionBlock(Report report, Section section) {
		StringBuilder out = new StringBuilder();
		out.append("### ").append(section.title()).append("\n\n");
		out.append("Measured ").append(DATE.format(report.date())).append(" (")
			.append(report.machine().cores()).append(" cores, ").append(report.machine().cpuModel()).append(")");
		report.conditions().forEach(c -> out.append("; ").append(c));
		out.append(".\n\n");
		out.append(ReportTable.markdown(section.figures()));
		if (!section.notes().isEmpty()) {
			out.append('\n');
			section.notes().forEach(n -> out.append("- ").append(n).append('\n'));
		}
		return out.toString();
	}

	/** Replaces the block's content, or appends the block at the end when the file has none yet. */
	static String replaceBlock(String text, String id, String content) {
		String start = "<!-- bench:" + id + ":start -->";
		String end = "<!-- bench:" + id + ":end -->";
		String block = start + "\n" + content + end;
		Matcher matcher = Pattern.compile(Pattern.quote(start) + ".*?" + Pattern.quote(end), Pattern.DOTALL)
			.matcher(text);
		if (matcher.find()) {
			return text.substring(0, matcher.start()) + block + text.substring(matcher.end());
		}
		return text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
	}

}
