package nl.verbinder.inburgering;

/**
 * The kind of an agreement made at a contact moment: an agreed next step, or the
 * transition agreement for a young person turning 18 (from youth law to adult law), which
 * signals look for.
 */
public enum AfspraakSoort {

	STAP, OVERGANG_18

}
