package org.trialstream.outcome.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.trialstream.outcome.config.OutcomeProperties;

/**
 * Asks the instance that owns a trial's report for it, on the caller's behalf: the caller's credentials go along, so
 * the owner applies the same access rules; its answer (report or problem) is returned as is.
 */
@Component
class ReportForwarder {

	static final String FORWARDED_HEADER = "X-Trialstream-Forwarded";

	private final RestClient client;

	ReportForwarder(OutcomeProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.forwardTimeout());
		requests.setReadTimeout(properties.forwardTimeout());
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	ResponseEntity<String> forward(ReportLocation.Remote owner, String path, String authorization) {
		return client.get()
			.uri("http://" + owner.host() + ":" + owner.port() + path)
			.header(FORWARDED_HEADER, "true")
			.headers(headers -> {
				if (authorization != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorization);
				}
			})
			.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
				.contentType(response.getHeaders().getContentType())
				.headers(headers -> copy(response.getHeaders(), headers, OutcomeController.EVENTS_BEHIND_HEADER,
						OutcomeController.SUBJECTS_PENDING_HEADER))
				.body(new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static void copy(HttpHeaders from, HttpHeaders to, String... names) {
		for (String name : names) {
			String value = from.getFirst(name);
			if (value != null) {
				to.set(name, value);
			}
		}
	}

}
