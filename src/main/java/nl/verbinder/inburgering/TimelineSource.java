package nl.verbinder.inburgering;

import java.util.List;

/**
 * What another module adds to a household's timeline (referrals and their steps, say).
 * Called by {@link Inburgering#timeline} after it checked the caller's scope for the
 * household and restricted the transaction to it; the source reads only that household's
 * rows.
 */
public interface TimelineSource {

	List<TimelineEntry> entries(HouseholdId household);

}
