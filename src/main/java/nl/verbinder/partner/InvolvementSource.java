package nl.verbinder.partner;

import java.util.List;
import nl.verbinder.inburgering.HouseholdId;

/**
 * What another module adds to a household's "who is involved" (the key persons with an
 * accepted request, say). Called by {@link Collaboration#household} after it checked the
 * caller's scope for the household and restricted the transaction to it; the source reads
 * only that household's rows. Implemented by modules that build on partner, so the
 * dependency runs from them to partner and never back.
 */
public interface InvolvementSource {

	List<Collaboration.Involvement> involved(HouseholdId household);

}
