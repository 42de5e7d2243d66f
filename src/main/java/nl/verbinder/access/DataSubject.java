package nl.verbinder.access;

/**
 * Whose personal data was processed: a type ({@code person}) and an identifier within
 * that type.
 */
public record DataSubject(String type, String id) {

	public static final String PERSON = "person";

	/**
	 * A household as a whole, where no single member is meant (e.g. a request for help
	 * for the family).
	 */
	public static final String HOUSEHOLD = "household";

	/** A key person of the regional pool. */
	public static final String KEY_PERSON = "sleutelpersoon";

	/** An account of someone who works with Verbinder. */
	public static final String ACCOUNT = "account";

	public DataSubject {
		if (type == null || type.isBlank() || id == null || id.isBlank()) {
			throw new IllegalArgumentException("A data subject has a type and an id");
		}
	}

	public static DataSubject person(Object id) {
		return new DataSubject(PERSON, id.toString());
	}

	public static DataSubject account(AccountId id) {
		return new DataSubject(ACCOUNT, id.value().toString());
	}

	public static DataSubject household(Object id) {
		return new DataSubject(HOUSEHOLD, id.toString());
	}
}
