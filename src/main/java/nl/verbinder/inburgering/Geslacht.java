package nl.verbinder.inburgering;

/** Sex as recorded in the personal records database (BRP): man, woman, or unknown. */
public enum Geslacht {

	MAN, VROUW, ONBEKEND

}
