package nl.verbinder.placement;

import java.util.List;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;

/**
 * An imported file refused as a whole (nothing of it is kept), with every problem found,
 * each where it is: a row of a CSV file, or a household or municipality of an instance
 * (numbered from 1 as a person counts them), or the file itself.
 */
public class ImportRefused extends RuleViolation {

	/** Where in the file a problem is. */
	public enum Part {

		FILE, ROW, HOUSEHOLD, MUNICIPALITY

	}

	/**
	 * One problem: where ({@code number} is the row, household or municipality counted
	 * from 1; 0 for the file) and what, as a message key with arguments.
	 */
	public record Problem(Part part, int number, MessageSourceResolvable what) {
	}

	private final List<Problem> problems;

	/**
	 * @param problems the problems kept (the first ones)
	 * @param count how many there were
	 */
	ImportRefused(List<Problem> problems, int count) {
		super("rule.placement.import-refused", count);
		this.problems = List.copyOf(problems);
	}

	/** The first problems found (at most {@value ImportProblems#KEPT}). */
	public List<Problem> problems() {
		return problems;
	}

}
