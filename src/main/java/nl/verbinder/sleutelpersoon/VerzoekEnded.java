package nl.verbinder.sleutelpersoon;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted request for a household ended: the professional withdrew it, its key person
 * left the pool and it was released, or its key person reported it done (on their own
 * page or through the coordinator). Its visit still to come lapses ({@link VisitLapse}):
 * after a report the help was given, so a visit that was still planned will not take
 * place.
 *
 * @param verzoekId the request
 * @param gemeente the request's municipality
 * @param endedBy the account that ended it, in whose name the reaction runs
 * @param how withdrawn or released
 * @param endedAt when it ended: only a visit planned before then lapses, so that an event
 * delivered late (after a restart) never cancels the visit of a later acceptance
 */
public record VerzoekEnded(UUID verzoekId, String gemeente, UUID endedBy, How how, Instant endedAt) {

	/** How the request ended. */
	public enum How {

		/** The asking professional withdrew it. */
		INGETROKKEN,
		/** Its key person left the pool; the request is open again for someone else. */
		VRIJGEGEVEN,
		/** Its key person reported it done. */
		AFGEROND

	}

}
