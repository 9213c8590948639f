package org.trialstream.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Put beside {@code @SpringBootTest}: the application runs against the real broker and the real registry of the
 * {@link SharedPlatform}, shared by every test class in the JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = SharedPlatformInitializer.class)
public @interface RealPlatformTest {

}
