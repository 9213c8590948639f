package org.trialstream.sitecapture.subject;

/** Subject ids are {@code <site>-<NNNN>}: the site id and the site's running number, e.g. US-01-0007. */
public final class SubjectNumbers {

	private SubjectNumbers() {
	}

	public static String subjectId(String siteId, int number) {
		return "%s-%04d".formatted(siteId, number);
	}

	/** The running number of a subject id, or 0 if it does not end in one. */
	public static int numberOf(String subjectId) {
		int dash = subjectId.lastIndexOf('-');
		try {
			return dash < 0 ? 0 : Integer.parseInt(subjectId.substring(dash + 1));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
