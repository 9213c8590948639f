package org.trialstream.sitecapture.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.trialstream.testkit.RealPlatformTest;

/**
 * The whole service on a random port against the real broker and registry of the test JVM. Every API test class
 * uses exactly this configuration, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealPlatformTest
public @interface SiteCaptureApiTest {

}
