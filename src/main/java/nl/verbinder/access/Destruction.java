package nl.verbinder.access;

/**
 * What a module destroyed (deleted or anonymised) because its retention period had
 * passed: how many of one kind of thing ({@code what}, a code the report names, e.g.
 * {@code inburgering.household-file}), kept under which activity of the register. No
 * personal data: the retention run stores it as a destruction record that is kept.
 */
public record Destruction(ProcessingActivity activity, String what, int count) {

	public Destruction {
		if (activity.retention() == null) {
			throw new IllegalArgumentException("Only an activity with a retention period destroys what expired");
		}
		if (what == null || !what.matches("[a-z][a-z0-9.-]{2,63}")) {
			throw new IllegalArgumentException("What was destroyed is a code like 'inburgering.household-file'");
		}
		if (count < 1) {
			throw new IllegalArgumentException("A destruction destroyed something");
		}
	}

}
