package org.trialstream.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * The seed trials plus trials that exist only in this test JVM (random ids), so each test owns every subject of
 * its trial whatever else is on the shared topics.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTrials {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	/** Blinded, threshold 5: the blinding and suppression tests (never unblinded). */
	public static final String BLINDED = "IT-" + RUN + "-B";

	/** Blinded, threshold 5: unblinded by its test. */
	public static final String TO_UNBLIND = "IT-" + RUN + "-U";

	/** Blinded, threshold 2: the dashboard test. */
	public static final String DASHBOARD = "IT-" + RUN + "-D";

	/** Blinded, threshold 2: the DMC dashboard test. */
	public static final String DASHBOARD_DMC = "IT-" + RUN + "-M";

	/** Blinded, threshold 5: the two-instance test, one subject each. */
	public static final List<String> MULTI_INSTANCE = List.of("IT-" + RUN + "-X1", "IT-" + RUN + "-X2",
			"IT-" + RUN + "-X3");

	@Bean
	@Primary
	TrialProtocols testTrialProtocols() {
		List<TrialProtocol> all = new ArrayList<>(TrialProtocols.loadDefault().all());
		all.add(TestProtocols.blinded(BLINDED, 5));
		all.add(TestProtocols.blinded(TO_UNBLIND, 5));
		all.add(TestProtocols.blinded(DASHBOARD, 2));
		all.add(TestProtocols.blinded(DASHBOARD_DMC, 2));
		MULTI_INSTANCE.forEach(trialId -> all.add(TestProtocols.blinded(trialId, 5)));
		return new TrialProtocols(all);
	}

}
