package nl.verbinder.access;

/** Whose personal data was processed: a type ({@code person}) and an identifier within that type. */
public record DataSubject(String type, String id) {

	public static final String PERSON = "person";

	public DataSubject {
		if (type == null || type.isBlank() || id == null || id.isBlank()) {
			throw new IllegalArgumentException("A data subject has a type and an id");
		}
	}

	public static DataSubject person(Object id) {
		return new DataSubject(PERSON, id.toString());
	}
}
