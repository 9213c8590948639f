package org.trialstream.sitecapture.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its two ways in, so Swagger UI's "Authorize" works: HTTP Basic for the local dev
 * users, a bearer JWT in production.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI siteCaptureApi() {
		return new OpenAPI()
			.info(new Info().title("trialstream site-capture")
				.version("v1")
				.description("The HTTP front door for trial sites: enrolment, visits, corrections and adverse events. "
						+ "Every 2xx means the broker acknowledged the event. Errors are RFC 9457 problem details. "
						+ "Send an Idempotency-Key on writes so that a retry writes once."))
			.components(new Components()
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Local dev users (SECURITY_MODE=local), e.g. site-us01 / site-us01"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("SECURITY_MODE=jwt: claims role, and trial and site for SITE users")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
