package org.trialstream.benchmark.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats figures as a table, plain text for the console and Markdown for docs/benchmarks.md, with the columns:
 * figure, value, unit, ratio to the floor, goal and whether it is met.
 */
public final class ReportTable {

	private static final List<String> HEADERS = List.of("figure", "value", "unit", "vs floor", "goal", "met", "note");

	private ReportTable() {
	}

	public static List<String> cells(Figure figure) {
		return List.of(figure.name(), Numbers.format(figure.value()), figure.unit(),
				figure.floorRatio().map(Numbers::ratio).orElse(""),
				figure.goal() == null ? "" : figure.goal().describe(figure.unit()),
				figure.meetsGoal().map(met -> met ? "yes" : "NO").orElse(""), figure.note());
	}

	public static String markdown(List<Figure> figures) {
		StringBuilder out = new StringBuilder();
		out.append(markdownRow(HEADERS)).append(markdownRow(HEADERS.stream().map(h -> "---").toList()));
		for (Figure figure : figures) {
			out.append(markdownRow(cells(figure)));
		}
		return out.toString();
	}

	public static String text(List<Figure> figures) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADERS);
		figures.forEach(f -> rows.add(cells(f)));
		int[] widths = new int[HEADERS.size()];
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				boolean numeric = i == 1;
				line.append(numeric ? " ".repeat(widths[i] - cell.length()) + cell
						: cell + " ".repeat(widths[i] - cell.length()));
				line.append("  ");
			}
			out.append(line.toString().stripTrailing()).append('\n');
		}
		return out.toString();
	}

	private static String markdownRow(List<String> cells) {
		return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
	}

}
