package org.trialstream.benchmark.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark run: when, on which machine, under which conditions, and the sections of the measures that ran.
 *
 * @param date when the run started (UTC)
 * @param machine where it ran
 * @param conditions e.g. "smoke mode" or "machine shared with test suites"
 * @param sections one per measure, in the order they ran
 */
public record Report(Instant date, MachineInfo machine, List<String> conditions, List<Section> sections) {

	public Report {
		conditions = List.copyOf(conditions);
		sections = List.copyOf(sections);
	}

	public Report with(Section section) {
		List<Section> more = new ArrayList<>(sections);
		more.add(section);
		return new Report(date, machine, conditions, more);
	}

	public List<Figure> figures() {
		return sections.stream().flatMap(s -> s.figures().stream()).toList();
	}

}
