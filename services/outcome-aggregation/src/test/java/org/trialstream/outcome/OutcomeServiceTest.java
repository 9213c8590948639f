package org.trialstream.outcome;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.trialstream.testkit.RealPlatformTest;

/**
 * The whole service on a random port against the real broker and registry, with the test-only trials of
 * {@link TestTrials}. Every class using it shares one application context (one Streams application, its own id and
 * state dir), so the JVM runs one topology, not one per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=outcome-tests-${random.uuid}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/outcome-tests-${random.uuid}",
				"spring.kafka.streams.properties.commit.interval.ms=100" })
@RealPlatformTest
@Import(TestTrials.class)
public @interface OutcomeServiceTest {

}
