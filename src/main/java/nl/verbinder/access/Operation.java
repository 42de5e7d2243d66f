package nl.verbinder.access;

/** What was done with the personal data. */
public enum Operation {

	READ, CREATE, UPDATE, DELETE

}
