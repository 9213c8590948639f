package org.trialstream.deploy;

import tools.jackson.databind.JsonNode;

/**
 * Evaluates a Strimzi KafkaUser's simple-authorization ACLs the way the broker does for an allow-only list: an
 * operation on a resource is allowed if some rule of that resource type matches the name (literally, or as a
 * prefix) and lists the operation or {@code All}.
 */
record KafkaAcls(String user, JsonNode acls) {

	static KafkaAcls of(JsonNode kafkaUser) {
		return new KafkaAcls(KubernetesManifests.name(kafkaUser), kafkaUser.path("spec").path("authorization").path("acls"));
	}

	boolean allows(String operation, String resourceType, String name) {
		for (JsonNode acl : acls) {
			JsonNode resource = acl.path("resource");
			if (!resourceType.equals(resource.path("type").asString())) {
				continue;
			}
			String pattern = resource.path("name").asString();
			boolean prefix = "prefix".equals(resource.path("patternType").asString());
			boolean matches = prefix ? name.startsWith(pattern) : name.equals(pattern) || "*".equals(pattern);
			if (matches && lists(acl.path("operations"), operation)) {
				return true;
			}
		}
		return false;
	}

	private static boolean lists(JsonNode operations, String operation) {
		for (JsonNode listed : operations) {
			if (listed.asString().equals(operation) || listed.asString().equals("All")) {
				return true;
			}
		}
		return false;
	}

}
