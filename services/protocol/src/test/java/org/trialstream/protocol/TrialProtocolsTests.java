package org.trialstream.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TrialProtocolsTests {

	private final TrialProtocols protocols = TrialProtocols.loadDefault();

	@Test
	void loadsTheThreeSeedTrials() {
		assertThat(protocols.all()).extracting(TrialProtocol::trialId)
			.containsExactlyInAnyOrder("LEGEND-1", "HUCMSC-DF", "NCT06480123");
	}

	@Test
	void legendIsABlindedThreeArmTrialAtTwentyTwoSites() {
		TrialProtocol legend = protocols.get("LEGEND-1");

		assertThat(legend.blinded()).isTrue();
		assertThat(legend.arms()).extracting(TrialProtocol.Arm::code).containsExactly("AMG-4MG", "AMG-8MG", "PLACEBO");
		assertThat(legend.sites()).hasSize(22);
		assertThat(legend.visit("D28").orElseThrow().inWindow(31)).isTrue();
		assertThat(legend.visit("D28").orElseThrow().inWindow(32)).isFalse();
		assertThat(legend.escalateUnacknowledgedAfter()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void hucmscIsAnalysedByLimb() {
		assertThat(protocols.get("HUCMSC-DF").unitOfAnalysis()).isEqualTo(TrialProtocol.UnitOfAnalysis.LIMB);
	}

	@Test
	void exosomeTrialKeepsTheSeedInclusionLabsWithTheirStrictBounds() {
		Eligibility eligibility = protocols.get("NCT06480123").eligibility();
		Eligibility.LabCriterion inr = eligibility.labs()
			.stream()
			.filter(lab -> lab.analyte().equals("INR"))
			.findFirst()
			.orElseThrow();
		Eligibility.LabCriterion albumin = eligibility.labs()
			.stream()
			.filter(lab -> lab.analyte().equals("ALBUMIN"))
			.findFirst()
			.orElseThrow();

		assertThat(inr.accepts(2.29)).isTrue();
		assertThat(inr.accepts(2.3)).isFalse();
		assertThat(albumin.accepts(28)).isFalse();
		assertThat(albumin.describe()).isEqualTo("ALBUMIN > 28.0 g/L");
		assertThat(protocols.get("NCT06480123").responseMapping().partialResponseReductionPercent()).isEqualTo(50);
	}

	@Test
	void exosomeInclusionLabsMustBeAtMostSevenDaysOldAndOtherTrialsSetNoWindow() {
		assertThat(protocols.get("NCT06480123").eligibility().labsWithinDaysBeforeEnrolment()).isEqualTo(7);
		assertThat(protocols.get("LEGEND-1").eligibility().labsWithinDaysBeforeEnrolment()).isNull();
	}

	@Test
	void siteRangeOverridesTheDefaultRange() {
		LabRanges ranges = protocols.get("LEGEND-1").labRanges();

		assertThat(ranges.forSite("US-07", "CREATININE").orElseThrow().upperLimitOfNormal()).isEqualTo(115);
		assertThat(ranges.forSite("US-01", "CREATININE").orElseThrow().upperLimitOfNormal()).isEqualTo(110);
	}

	@Test
	void expectednessMatchesVerbatimTermsWhateverTheirCase() {
		TrialProtocol legend = protocols.get("LEGEND-1");

		assertThat(legend.isExpected("Injection Site Pain ", null)).isTrue();
		assertThat(legend.isExpected("Hepatic failure", null)).isFalse();
		assertThat(legend.isEventOfSpecialInterest("Major amputation", null)).isTrue();
	}

	@Test
	void unknownFieldInAProtocolIsACleanError() throws Exception {
		String seed = new String(getClass().getResourceAsStream("/trials/legend-1.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		String yaml = seed + "blindedd: true\n";

		assertThatThrownBy(() -> TrialProtocols.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yml"))
			.hasMessageContaining("Invalid trial protocol x.yml")
			.hasMessageContaining("blindedd");
	}

	@Test
	void protocolWithoutArmsIsACleanError() {
		String yaml = "trialId: X\nblinded: true\nsmallCellThreshold: 5\ndiabetesEndpoints: false\n";

		assertThatThrownBy(() -> TrialProtocols.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yml"))
			.hasMessageContaining("Invalid trial protocol x.yml")
			.hasMessageContaining("arms");
	}

	@Test
	void unknownTrialIsNamed() {
		assertThatThrownBy(() -> protocols.get("NOPE")).hasMessage("No trial NOPE");
	}

}
