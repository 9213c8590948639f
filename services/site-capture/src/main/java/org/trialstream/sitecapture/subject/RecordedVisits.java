package org.trialstream.sitecapture.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.events.VisitTopicReader;
import org.trialstream.sitecapture.events.VisitTopicReader.ReadVisit;
import org.trialstream.sitecapture.web.NotFoundException;

/**
 * Completes held visits with their content, read back from capture.visit-recorded.v1 / capture.visit-corrected.v1 at
 * the position each was stored: the service holds positions, not visits, so a read or a correction costs a topic
 * read instead of kilobytes of heap per visit.
 */
@Component
public class RecordedVisits {

	private final VisitTopicReader reader;

	public RecordedVisits(VisitTopicReader reader) {
		this.reader = reader;
	}

	/** One visit with its content; 404 if its record can no longer be read. */
	public RecordedVisit complete(HeldVisit held) {
		List<RecordedVisit> visits = complete(List.of(held));
		if (visits.isEmpty()) {
			throw new NotFoundException("The visit's record can no longer be read");
		}
		return visits.getFirst();
	}

	/** The visits with their content, in the order given; a visit whose record is gone is left out. */
	public List<RecordedVisit> complete(List<HeldVisit> held) {
		Map<StoredAt, ReadVisit> read = reader.read(held.stream().map(HeldVisit::storedAt).toList());
		List<RecordedVisit> visits = new ArrayList<>(held.size());
		for (HeldVisit visit : held) {
			ReadVisit content = read.get(visit.storedAt());
			if (content != null) {
				visits.add(new RecordedVisit(content.visitId(), visit.studyDay(), visit.windowStatus(),
						visit.corrections(), content.visit()));
			}
		}
		return visits;
	}

}
