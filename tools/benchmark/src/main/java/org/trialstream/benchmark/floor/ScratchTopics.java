package org.trialstream.benchmark.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Single-partition topics of the benchmark's own, created on demand (the broker does not auto-create topics) and
 * all deleted on close, so that the floor leaves nothing behind on the platform's broker.
 */
public final class ScratchTopics implements AutoCloseable {

	private final Admin admin;

	private final List<String> created = new ArrayList<>();

	public ScratchTopics(String bootstrapServers) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
	}

	public String create(String purpose) {
		String name = "bench-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
		try {
			admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("could not create scratch topic " + name, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted creating " + name, ex);
		}
		created.add(name);
		return name;
	}

	@Override
	public void close() {
		try {
			if (!created.isEmpty()) {
				admin.deleteTopics(created).all().get();
			}
		}
		catch (ExecutionException ex) {
			System.err.println("could not delete scratch topics " + created + ": " + ex.getCause().getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			admin.close();
		}
	}

}
