package org.trialstream.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.floor.FloorMeasure;
import org.trialstream.benchmark.floor.FloorSettings;
import org.trialstream.benchmark.report.MachineInfo;
import org.trialstream.benchmark.report.MarkdownReport;
import org.trialstream.benchmark.report.Report;
import org.trialstream.benchmark.report.ReportTable;
import org.trialstream.benchmark.report.Section;
import org.trialstream.benchmark.resources.ProcessCpu;

/**
 * Runs the selected measures in order against the running platform, prints each section's table as it completes,
 * then the whole report, and writes it into docs/benchmarks.md. A measure that fails is reported as failed and the
 * run goes on with the next one.
 */
public final class BenchmarkApplication {

	/**
	 * Apicurio's resolver logs every schema it looks up, whole, at INFO through java.util.logging, partly under its
	 * bare class name. Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level.
	 */
	private static final List<Logger> APICURIO = List.of(Logger.getLogger("io.apicurio"),
			Logger.getLogger("DefaultSchemaResolver"));

	private BenchmarkApplication() {
	}

	public static void main(String[] args) {
		APICURIO.forEach(logger -> logger.setLevel(Level.WARNING));
		Path root = Path.of(System.getProperty("trialstream.root", ".")).toAbsolutePath().normalize();
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.print(BenchmarkOptions.USAGE);
			return;
		}
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args, root);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Report report = run(options);
		System.out.println();
		System.out.println(report.machine().describe());
		System.out.println(ReportTable.text(report.figures()));
		if (options.docs() != null) {
			try {
				MarkdownReport.write(report, options.docs());
				System.out.println("figures written to " + options.docs());
			}
			catch (IOException ex) {
				System.err.println("could not write " + options.docs() + ": " + ex.getMessage());
			}
		}
		boolean failed = report.sections().stream().anyMatch(s -> s.figures().isEmpty());
		System.exit(failed ? 1 : 0);
	}

	static Report run(BenchmarkOptions options) {
		Report report = new Report(Instant.now(), MachineInfo.current(), options.conditions(), List.of());
		Measures measures = new Measures(options);
		Floor floor = Floor.UNKNOWN;
		for (String id : options.measures()) {
			System.out.println("== " + id);
			Section section;
			try {
				if (id.equals(FloorMeasure.ID)) {
					FloorMeasure measure = new FloorMeasure(options.kafka(),
							options.smoke() ? FloorSettings.smoke() : FloorSettings.full(), new ProcessCpu(options.home()));
					floor = measure.run();
					section = measure.section(floor);
				}
				else {
					section = measures.run(id, floor);
				}
			}
			catch (Exception ex) {
				ex.printStackTrace();
				section = new Section(id, id + " (failed)", List.of(),
						List.of("The measure failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			}
			System.out.print(ReportTable.text(section.figures()));
			section.notes().forEach(n -> System.out.println("  - " + n));
			report = report.with(section);
		}
		measures.close();
		return report;
	}

}
