package nl.verbinder.access;

/**
 * A processing activity from the register of processing activities (AVG art. 30): its
 * identifier, its purpose and the legal basis it rests on. Modules declare theirs as
 * constants; the processing log stores all three with every record.
 */
public record ProcessingActivity(String id, String purpose, String legalBasis) {

	public ProcessingActivity {
		if (id == null || !id.matches("[a-z][a-z0-9.-]{2,63}")) {
			throw new IllegalArgumentException("A processing activity id is lower-case, like 'inburgering.regie'");
		}
		if (purpose == null || purpose.isBlank() || legalBasis == null || legalBasis.isBlank()) {
			throw new IllegalArgumentException("A processing activity names its purpose and legal basis");
		}
	}
}
