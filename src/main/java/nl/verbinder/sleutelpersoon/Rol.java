package nl.verbinder.sleutelpersoon;

/** The roles of a key person (Verwey-Jonker 2020); most take more than one. */
public enum Rol {

	/** Connects newcomers, organisations and the municipality. */
	VERBINDER,
	/** Translates language and meaning in a conversation. */
	VERTALER,
	/** Informs a community, e.g. in an information meeting. */
	VOORLICHTER

}
