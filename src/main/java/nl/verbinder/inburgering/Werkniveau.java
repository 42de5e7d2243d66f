package nl.verbinder.inburgering;

/**
 * How paid work compares with the level of the person's former work: matching it, below
 * it (underemployment: the former dentist cleaning windows), or no former work to compare
 * with.
 */
public enum Werkniveau {

	PASSEND, LAGER, GEEN_EERDER_WERK

}
