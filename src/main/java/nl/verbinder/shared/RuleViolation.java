package nl.verbinder.shared;

/**
 * A rule of the domain that a request breaks. It carries a message key and its arguments, so that pages and
 * problem responses say it in the reader's language from the bundles; the message itself is English and is
 * meant for logs. It is an {@link IllegalArgumentException}, so callers that already treat those as bad
 * input keep doing so.
 */
public class RuleViolation extends IllegalArgumentException {

	private final String key;

	private final Object[] arguments;

	public RuleViolation(String key, String message, Object... arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments.clone();
	}

	/** The message key in the bundles, such as {@code rule.account.username.taken}. */
	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
