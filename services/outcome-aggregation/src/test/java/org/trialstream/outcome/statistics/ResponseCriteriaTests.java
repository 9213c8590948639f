package org.trialstream.outcome.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCriteriaTests {

	final ResponseCriteria criteria = new ResponseCriteria(50, 25);

	@Test
	void confirmedClosureIsACompleteResponse() {
		assertThat(criteria.classify(true, 20.0)).isEqualTo(WoundResponse.COMPLETE_RESPONSE);
	}

	@Test
	void areaDownByHalfIsAPartialResponse() {
		assertThat(criteria.classify(false, 50.0)).isEqualTo(WoundResponse.PARTIAL_RESPONSE);
		assertThat(criteria.classify(false, 49.9)).isEqualTo(WoundResponse.STABLE_DISEASE);
	}

	@Test
	void areaUpByAQuarterIsProgression() {
		assertThat(criteria.classify(false, -25.0)).isEqualTo(WoundResponse.PROGRESSIVE_DISEASE);
		assertThat(criteria.classify(false, -24.9)).isEqualTo(WoundResponse.STABLE_DISEASE);
	}

	@Test
	void withoutAnAreaChangeThereIsNoResponse() {
		assertThat(criteria.classify(false, null)).isNull();
	}

	@Test
	void objectiveResponseIsCompleteOrPartial() {
		assertThat(WoundResponse.COMPLETE_RESPONSE.objective()).isTrue();
		assertThat(WoundResponse.PARTIAL_RESPONSE.objective()).isTrue();
		assertThat(WoundResponse.STABLE_DISEASE.objective()).isFalse();
		assertThat(WoundResponse.PROGRESSIVE_DISEASE.objective()).isFalse();
	}

}
