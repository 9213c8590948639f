package org.trialstream.benchmark.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialstream.avro.Topics;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LauncherSettings;
import org.trialstream.testkit.SharedPlatform;

class FreshStreamsFloorRunTests {

	@Test
	void readsEveryVisitInAJvmOfItsOwnAndLeavesNothingBehind(@TempDir Path logs) throws Exception {
		// Given Avro visits of synthetic subjects on the test kit's real broker, their schemas in the real registry
		SharedPlatform platform = SharedPlatform.get();
		new SyntheticVisits(platform.bootstrapServers(), platform.registryApiUrl()).write(500, 90_000);
		try (GroupLag lag = new GroupLag(platform.bootstrapServers())) {
			long onTopic = lag.endOffsetSum(Topics.VISIT_RECORDED);

			// When the floor runs as a new instance would, in a JVM started with a service's heap and collector
			CatchUpTimer.Result result = new FreshStreamsFloorRun(platform.bootstrapServers(), platform.registryApiUrl(),
					new LauncherSettings(List.of("-Xmx128m", "-XX:+UseSerialGC")), logs)
				.run(lag, Duration.ofMinutes(2));

			// Then it committed every visit there was, and removed its group and changelog topic afterwards
			assertThat(result.caughtUp()).as(Files.readString(logs.resolve("bench-fresh-floor.log"))).isTrue();
			assertThat(result.inputRecords()).isEqualTo(onTopic).isGreaterThanOrEqualTo(500);
			assertThat(result.recordsPerSecond()).isPositive();
			assertThat(lag.admin().listTopics().names().get()).noneMatch(topic -> topic.startsWith("bench-fresh-floor-"));
			assertThat(lag.groupsOf("bench-fresh-floor")).isEmpty();
		}
	}

}
