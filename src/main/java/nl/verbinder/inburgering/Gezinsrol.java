package nl.verbinder.inburgering;

/** A member's place in the household, which decides what applies to them. */
public enum Gezinsrol {

	/** An adult obliged to integrate under the Wet inburgering. */
	INBURGERAAR,
	/** A family member who joined later through family reunification. */
	NAREIZIGER, KIND, ANDER_GEZINSLID

}
