package nl.verbinder.placement.optimiser;

import java.util.List;

/**
 * An instance that cannot be solved as given; the message names every problem found (the
 * first 25).
 */
public class InvalidInstanceException extends IllegalArgumentException {

	private final List<String> problems;

	public InvalidInstanceException(List<String> problems) {
		super(message(problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

	private static String message(List<String> problems) {
		StringBuilder s = new StringBuilder("Invalid placement instance (" + problems.size() + " problem"
				+ (problems.size() == 1 ? "" : "s") + "):");
		problems.stream().limit(25).forEach(p -> s.append("\n- ").append(p));
		if (problems.size() > 25) {
			s.append("\n- … and ").append(problems.size() - 25).append(" more");
		}
		return s.toString();
	}

}
