package org.trialstream.sitecapture.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsTests extends CaptureApiTest {

	@Test
	void servesTheOpenApiDocumentWithoutAuthentication() {
		// When
		ApiClient.Reply reply = api.get(null, "/v3/api-docs");

		// Then
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("paths").propertyNames()).contains("/api/v1/trials/{trialId}/subjects",
				"/api/v1/trials/{trialId}/subjects/{subjectId}/visits",
				"/api/v1/trials/{trialId}/subjects/{subjectId}/visits/{visitId}/corrections",
				"/api/v1/trials/{trialId}/subjects/{subjectId}/adverse-events",
				"/api/v1/trials/{trialId}/subjects/{subjectId}/adverse-events/{adverseEventId}/follow-ups",
				"/api/v1/trials/{trialId}/subjects/{subjectId}", "/api/v1/trials/{trialId}/visits:batch");
		assertThat(reply.json().get("components").get("securitySchemes").propertyNames()).contains("basic", "bearer");
	}

	@Test
	void servesSwaggerUiAndHealthWithoutAuthentication() {
		assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
		assertThat(api.get(null, "/actuator/health").body()).contains("\"UP\"");
	}

}
