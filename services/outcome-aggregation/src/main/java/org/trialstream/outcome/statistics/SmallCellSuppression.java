package org.trialstream.outcome.statistics;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small-cell suppression: a count of 1 to threshold - 1 is hidden (primary suppression; a zero identifies no one and
 * stays). Then, while any margin of the table has exactly one hidden cell among its total and members, the smallest
 * visible member is hidden too (complementary suppression), preferring non-zero members and falling back to the
 * total; a margin with two or more hidden cells cannot be solved for either of them by subtraction.
 */
public record SmallCellSuppression(int threshold) {

	public SmallCellSuppression {
		if (threshold < 1) {
			throw new IllegalArgumentException("threshold must be >= 1");
		}
	}

	/** The ids of the cells to hide. */
	public Set<String> suppress(CountTable table) {
		Set<String> hidden = new HashSet<>();
		table.cells().forEach((id, count) -> {
			if (count > 0 && count < threshold) {
				hidden.add(id);
			}
		});
		boolean changed = true;
		while (changed) {
			changed = false;
			for (CountTable.Margin margin : table.margins()) {
				if (hiddenIn(margin, hidden) == 1) {
					hidden.add(complement(table, margin, hidden));
					changed = true;
				}
			}
		}
		return Set.copyOf(hidden);
	}

	private static long hiddenIn(CountTable.Margin margin, Set<String> hidden) {
		return margin.members().stream().filter(hidden::contains).count() + (hidden.contains(margin.total()) ? 1 : 0);
	}

	private static String complement(CountTable table, CountTable.Margin margin, Set<String> hidden) {
		List<String> visible = margin.members().stream().filter(id -> !hidden.contains(id)).toList();
		Comparator<String> smallestNonZeroFirst = Comparator.comparing((String id) -> table.count(id) == 0)
			.thenComparingInt(table::count);
		return visible.stream().min(smallestNonZeroFirst).orElse(margin.total());
	}

}
