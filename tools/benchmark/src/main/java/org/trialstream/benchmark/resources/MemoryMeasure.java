package org.trialstream.benchmark.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trialstream.benchmark.platform.LauncherSettings;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Goal;
import org.trialstream.benchmark.report.Section;

/**
 * Each process's RSS idle (read before any load) and its peak while the load measures ran; the services are held
 * to the goal of at most 300 MB under load.
 */
public final class MemoryMeasure {

	public static final String ID = "memory";

	public static final double GOAL_SERVICE_MB = 300;

	private final RssSampler sampler;

	private final LauncherSettings launcher;

	public MemoryMeasure(RssSampler sampler, LauncherSettings launcher) {
		this.sampler = sampler;
		this.launcher = launcher;
	}

	public Section section(String loadDescription) {
		List<Figure> figures = new ArrayList<>();
		Map<String, Double> peaks = sampler.peakUnderLoad();
		sampler.idle().forEach((name, mb) -> figures.add(Figure.of(ID, name + " idle", mb, "MB")));
		peaks.forEach((name, mb) -> {
			Figure figure = Figure.of(ID, name + " under load (peak)", mb, "MB");
			figures.add(ProcessMemory.PROCESSES.indexOf(name) >= 2 ? figure.withGoal(Goal.atMost(GOAL_SERVICE_MB))
					: figure);
		});
		if (figures.isEmpty()) {
			throw new IllegalStateException("no platform process found by its PID file; is the platform up?");
		}
		return new Section(ID, "Memory: resident set of each process", figures,
				List.of("VmRSS from /proc/<pid>/status of the processes in the launcher's PID files; idle: read"
						+ " before the first measure; under load: the peak of readings every 0.5 s during "
						+ loadDescription + ". The launcher ran the services with " + launcher.describe()
						+ " and MALLOC_ARENA_MAX=2, the"
						+ " broker with -Xmx512m, the registry with -Xmx384m."));
	}

}
