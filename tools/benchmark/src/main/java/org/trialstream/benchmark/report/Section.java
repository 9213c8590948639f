package org.trialstream.benchmark.report;

import java.util.List;

/**
 * The figures of one measure and what is worth knowing about how they were taken.
 *
 * @param measure the measure's id (floor, ingest, ...), as {@code --only} names it
 * @param title a heading
 * @param figures the figures, in the order to print them
 * @param notes conditions and caveats, one sentence each
 */
public record Section(String measure, String title, List<Figure> figures, List<String> notes) {

	public Section {
		figures = List.copyOf(figures);
		notes = List.copyOf(notes);
	}

	public Figure figure(String name) {
		return figures.stream()
			.filter(f -> f.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no figure '" + name + "' in " + measure));
	}

}
