package org.trialstream.sitecapture.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Local users keep their plain-text dev passwords: a bcrypt "upgrade" would cost every request 50-100 ms. */
class LocalUsersTests extends CaptureApiTest {

	@Autowired
	UserDetailsService users;

	@Test
	void passwordsAreNotUpgradedToBcryptAfterLoggingIn() {
		// Given a site user who has signed in twice
		Trials.enrolLegend(api, US01);
		assertThat(api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/none").status()).isIn(403, 404);

		// Then the stored password is still the {noop} one
		assertThat(users.loadUserByUsername("site-us01").getPassword()).startsWith("{noop}");
	}

}
