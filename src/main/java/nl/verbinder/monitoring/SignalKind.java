package nl.verbinder.monitoring;

/**
 * What a signal is about; each kind is raised by one {@link SignalPolicy} and named by
 * its message key.
 */
public enum SignalKind {

	/** No contact moment with the household for a number of days. */
	NO_CONTACT,
	/** Registered some weeks ago and no member has an established PIP. */
	NO_PIP,
	/** An agreed next step of a contact moment is past its due date and not done. */
	AGREEMENT_OVERDUE;

	public String messageKey() {
		return "monitoring.signal.kind." + name();
	}

}
