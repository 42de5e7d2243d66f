package nl.verbinder.placement;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.placement.ImportRefused.Part;
import nl.verbinder.placement.ImportRefused.Problem;
import nl.verbinder.shared.RuleViolation;

/** The problems found in an imported file, each with where it is, as message keys. */
final class ImportProblems {

	/** At most this many problems are kept (the count says how many there were). */
	static final int KEPT = 200;

	private final List<Problem> problems = new ArrayList<>();

	private int count;

	void add(Part part, int number, String key, Object... arguments) {
		count++;
		if (problems.size() < KEPT) {
			problems.add(new Problem(part, number, RuleViolation.name(key, arguments)));
		}
	}

	/** Refuses the file when any problem was found. */
	void refuseIfAny() {
		if (count > 0) {
			throw new ImportRefused(problems, count);
		}
	}

}
