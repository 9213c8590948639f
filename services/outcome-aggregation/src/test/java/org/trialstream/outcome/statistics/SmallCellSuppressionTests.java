package org.trialstream.outcome.statistics;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellSuppressionTests {

	final SmallCellSuppression suppression = new SmallCellSuppression(5);

	@Test
	void hidesCountsBelowTheThresholdButNotZero() {
		// Given
		CountTable table = new CountTable().cell("a", 4).cell("b", 5).cell("c", 0).cell("d", 1);

		// When / Then
		assertThat(suppression.suppress(table)).containsExactlyInAnyOrder("a", "d");
	}

	@Test
	void hidesTheSmallestSiblingSoTheSmallCellCannotBeSubtractedFromTheTotal() {
		// Given: arms 3, 9, 12 of a pooled 24
		CountTable table = arms(3, 9, 12);

		// When
		Set<String> hidden = suppression.suppress(table);

		// Then: 9 goes with 3; 24 - 12 = 21 leaves 3 and 9 undetermined
		assertThat(hidden).containsExactlyInAnyOrder("arm1", "arm2");
	}

	@Test
	void twoSmallCellsProtectEachOther() {
		assertThat(suppression.suppress(arms(3, 2, 12))).containsExactlyInAnyOrder("arm1", "arm2");
	}

	@Test
	void hidesTheTotalWhenTheOnlySiblingIsZero() {
		// Given: 3 and 0 of 3: the total itself is small
		assertThat(suppression.suppress(arms2(3, 0))).containsExactlyInAnyOrder("arm1", "pooled");
	}

	@Test
	void prefersANonZeroComplementOverAZero() {
		// Given: 3, 0, 7 of 10: hiding the zero would leave 3 = 10 - 7 - 0 derivable
		assertThat(suppression.suppress(arms(3, 0, 7))).containsExactlyInAnyOrder("arm1", "arm3");
	}

	@Test
	void followsSuppressionAcrossRowsAndColumns() {
		// Given: grade by arm with margins; only A/g1 (2) is small
		CountTable table = new CountTable().cell("A1", 2)
			.cell("A2", 6)
			.cell("B1", 7)
			.cell("B2", 9)
			.cell("A", 8)
			.cell("B", 16)
			.cell("G1", 9)
			.cell("G2", 15)
			.cell("T", 24)
			.margin("A", List.of("A1", "A2"))
			.margin("B", List.of("B1", "B2"))
			.margin("G1", List.of("A1", "B1"))
			.margin("G2", List.of("A2", "B2"))
			.margin("T", List.of("A", "B"))
			.margin("T", List.of("G1", "G2"));

		// When
		Set<String> hidden = suppression.suppress(table);

		// Then: every margin holds zero or at least two hidden cells
		assertThat(hidden).contains("A1", "A2", "B1", "B2");
		for (CountTable.Margin margin : table.margins()) {
			long hiddenCount = margin.members().stream().filter(hidden::contains).count()
					+ (hidden.contains(margin.total()) ? 1 : 0);
			assertThat(hiddenCount).isNotEqualTo(1);
		}
	}

	@Test
	void leavesATableWithoutSmallCellsAlone() {
		assertThat(suppression.suppress(arms(5, 6, 7))).isEmpty();
	}

	private static CountTable arms(int a, int b, int c) {
		return new CountTable().cell("arm1", a)
			.cell("arm2", b)
			.cell("arm3", c)
			.cell("pooled", a + b + c)
			.margin("pooled", List.of("arm1", "arm2", "arm3"));
	}

	private static CountTable arms2(int a, int b) {
		return new CountTable().cell("arm1", a)
			.cell("arm2", b)
			.cell("pooled", a + b)
			.margin("pooled", List.of("arm1", "arm2"));
	}

}
