package org.trialstream.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.trialstream.avro.TopicCatalog;

/**
 * Creates every topic of the catalogue that does not exist yet. Clinical topics are the audit trail: infinite
 * retention, never compacted, replication 3 with min ISR 2 where the cluster has three brokers.
 */
public final class TopicProvisioner {

	private final Admin admin;

	private final int partitions;

	public TopicProvisioner(Admin admin, int partitions) {
		this.admin = admin;
		this.partitions = partitions;
	}

	/** Returns the topics it created (existing ones are left as they are). */
	public List<String> createMissingTopics() throws ExecutionException, InterruptedException {
		int brokers = admin.describeCluster().nodes().get().size();
		short replication = (short) Math.min(3, brokers);
		Set<String> existing = admin.listTopics().names().get();
		List<NewTopic> missing = new ArrayList<>();
		for (TopicCatalog.Entry entry : TopicCatalog.ENTRIES) {
			if (!existing.contains(entry.topic())) {
				missing.add(new NewTopic(entry.topic(), partitions, replication)
					.configs(configs(entry.clinicalRecord(), replication)));
			}
		}
		for (String deadLetter : TopicCatalog.DEAD_LETTER_TOPICS) {
			if (!existing.contains(deadLetter)) {
				missing.add(new NewTopic(deadLetter, partitions, replication).configs(configs(true, replication)));
			}
		}
		if (!missing.isEmpty()) {
			admin.createTopics(missing).all().get();
		}
		return missing.stream().map(NewTopic::name).toList();
	}

	private static Map<String, String> configs(boolean clinicalRecord, short replication) {
		Map<String, String> configs = new HashMap<>();
		configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
		configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, replication >= 3 ? "2" : "1");
		if (clinicalRecord) {
			configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
			configs.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
		}
		return configs;
	}

}
