package nl.verbinder.inburgering;

/**
 * Where a person went on to: paid work, education, volunteer work, or none (yet). The
 * outcomes the municipality directs towards (Wet inburgering 2021: participation).
 */
public enum UitstroomSoort {

	WERK, OPLEIDING, VRIJWILLIGERSWERK, GEEN

}
