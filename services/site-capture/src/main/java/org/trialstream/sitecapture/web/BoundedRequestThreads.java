package org.trialstream.sitecapture.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat serves requests on a fixed number of virtual threads instead of a new one per request. With one per request,
 * a stalled site-capture (a full collection, a saturated CPU) let every waiting connection's request start and take
 * Tomcat's and Catalina's buffers, about 80 KB each: 500 requests in progress filled the 128 MB heap and the collector
 * ran 17 full collections in 10 s. Now a request beyond the threads waits, in arrival order, as a queued socket event
 * that holds no buffers. Runs after Spring Boot's own virtual-thread executor is set, and replaces it.
 */
final class BoundedRequestThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final int threads;

	BoundedRequestThreads(int threads) {
		this.threads = threads;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addProtocolHandlerCustomizers(protocol -> protocol.setExecutor(executor()));
	}

	private ExecutorService executor() {
		return Executors.newFixedThreadPool(threads, Thread.ofVirtual().name("tomcat-request-", 0).factory());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
