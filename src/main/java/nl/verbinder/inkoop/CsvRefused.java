package nl.verbinder.inkoop;

import java.util.List;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;

/**
 * A file of reports refused as a whole: the rows that break a rule, each with its row
 * number in the file (the header is row 1) and the reason; nothing of the file was
 * stored.
 */
public class CsvRefused extends RuleViolation {

	/** One refused row: its number in the file and why, in the reader's language. */
	public record RowError(int rij, MessageSourceResolvable reden) {
	}

	private final transient List<RowError> errors;

	public CsvRefused(List<RowError> errors) {
		super("rule.csv.refused", errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

}
