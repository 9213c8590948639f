package org.trialstream.sitecapture.subject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.model.Subject;

/**
 * Every enrolled subject, keyed by trial and subject id, and the highest subject number used per trial site. Kept in
 * memory: {@link SubjectStateLoader} fills it from the capture topics at start-up, the write paths update it after
 * the broker acknowledged. One instance of the service owns a trial's writes (see README).
 */
@Component
public class SubjectRegistry {

	private final Map<String, SubjectState> subjects = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> highestNumberBySite = new ConcurrentHashMap<>();

	private final int maxHeldPerSubject;

	public SubjectRegistry(SiteCaptureProperties properties) {
		this.maxHeldPerSubject = properties.maxHeldPerSubject();
	}

	public Optional<SubjectState> find(String trialId, String subjectId) {
		return Optional.ofNullable(subjects.get(Topics.subjectKey(trialId, subjectId)));
	}

	public SubjectState enrolled(Subject subject) {
		noteSubjectNumber(subject.trialId(), subject.siteId(), SubjectNumbers.numberOf(subject.subjectId()));
		return subjects.computeIfAbsent(Topics.subjectKey(subject.trialId(), subject.subjectId()),
				key -> new SubjectState(subject, maxHeldPerSubject));
	}

	/**
	 * Takes the next subject number of a site. A number is never handed out twice, even if its write failed: the
	 * write may still have reached the broker after the timeout.
	 */
	public int takeNextSubjectNumber(String trialId, String siteId) {
		return counter(trialId, siteId).incrementAndGet();
	}

	private void noteSubjectNumber(String trialId, String siteId, int number) {
		counter(trialId, siteId).accumulateAndGet(number, Math::max);
	}

	private AtomicInteger counter(String trialId, String siteId) {
		return highestNumberBySite.computeIfAbsent(trialId + "/" + siteId, key -> new AtomicInteger());
	}

}
