package org.trialstream.sitecapture.editcheck;

import java.util.List;

/** The request failed one or more edit checks; nothing was written. */
public class EditCheckException extends RuntimeException {

	/** What kind of rejection, which the problem body names in its type and title. */
	public enum Kind {

		EDIT_CHECK("edit-check-failed", "Edit checks failed"),
		NOT_ELIGIBLE("not-eligible", "Subject not eligible");

		private final String slug;

		private final String title;

		Kind(String slug, String title) {
			this.slug = slug;
			this.title = title;
		}

		public String slug() {
			return slug;
		}

		public String title() {
			return title;
		}

	}

	private final Kind kind;

	private final List<Violation> violations;

	public EditCheckException(Kind kind, List<Violation> violations) {
		super(kind.title() + ": " + violations.size() + " failed check(s)");
		this.kind = kind;
		this.violations = List.copyOf(violations);
	}

	public static EditCheckException single(String field, String rule, String message) {
		return new EditCheckException(Kind.EDIT_CHECK, List.of(new Violation(field, rule, message)));
	}

	public Kind kind() {
		return kind;
	}

	public List<Violation> violations() {
		return violations;
	}

}
