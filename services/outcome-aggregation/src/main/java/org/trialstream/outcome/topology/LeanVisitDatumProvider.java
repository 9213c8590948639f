package org.trialstream.outcome.topology;

import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.serde.SchemaCachingDatumProvider;

/**
 * The datum provider of the topology's Avro serde: {@link SchemaCachingDatumProvider}, except that visit events
 * written with exactly the schema this service was built with are read by {@link LeanVisitReader}, which skips what
 * the outcomes never use instead of building it. Avro decoding was a fifth of a rebuild's CPU, most of it the labs of
 * visits. A visit written with any other schema (an older or newer version), and every other event, is read as the
 * other services read it: Avro's schema resolution into the generated classes.
 */
public class LeanVisitDatumProvider<T> extends SchemaCachingDatumProvider<T> {

	private static final Set<String> VISIT_EVENTS = Set.of(VisitRecorded.getClassSchema().getFullName(),
			VisitCorrected.getClassSchema().getFullName());

	private static final Logger log = LoggerFactory.getLogger(LeanVisitDatumProvider.class);

	/** Called once per writer schema: the parent caches the reader. */
	@Override
	protected DatumReader<T> newDatumReader(Schema writer) {
		boolean recorded = writer.equals(VisitRecorded.getClassSchema());
		if (recorded || writer.equals(VisitCorrected.getClassSchema())) {
			return new LeanVisitReader<>(!recorded);
		}
		if (VISIT_EVENTS.contains(writer.getFullName())) {
			log.info("{} written with another schema version than this build's: read through schema resolution",
					writer.getFullName());
		}
		return super.newDatumReader(writer);
	}

}
