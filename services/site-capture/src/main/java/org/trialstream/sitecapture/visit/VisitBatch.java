package org.trialstream.sitecapture.visit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.http.ProblemDetail;
import org.trialstream.sitecapture.model.Visit;

/** Request and response of the batch endpoint. */
public final class VisitBatch {

	private VisitBatch() {
	}

	/**
	 * Many visits, of any subjects of the caller's site.
	 *
	 * @param visits the items, each a subject id and a visit
	 */
	public record Request(List<Item> visits) {

		public Request {
			visits = visits == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(visits));
		}

	}

	/** One visit of a batch. */
	public record Item(String subjectId, Visit visit) {
	}

	/**
	 * What became of each item, in request order.
	 *
	 * @param accepted how many were written
	 * @param rejected how many were not
	 * @param items one outcome per item
	 */
	public record Response(int accepted, int rejected, List<Outcome> items) {
	}

	/**
	 * One item's outcome: the status the single-visit endpoint would have answered, and its body.
	 *
	 * @param index position in the request
	 * @param subjectId the item's subject
	 * @param status 201, or the 4xx/503 of the rejection
	 * @param visit the recorded visit when accepted
	 * @param problem the problem details when rejected
	 */
	public record Outcome(int index, String subjectId, int status, VisitResponse visit, ProblemDetail problem) {
	}

}
