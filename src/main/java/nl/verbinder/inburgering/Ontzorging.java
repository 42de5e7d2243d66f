package nl.verbinder.inburgering;

import java.time.LocalDate;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Financial unburdening (ontzorgen) of a household: the municipality pays the fixed costs
 * (rent, energy, insurance) from the benefit in the first months after moving in (Wet
 * inburgering 2021; the product brief's capability 7 [A]: it often fails). From a day,
 * until a day (open while it runs), and whether a follow-up was agreed for when it ends
 * (budget coaching, paying with support).
 *
 * @param tot the last day; null while it runs without an end
 */
public record Ontzorging(LocalDate vanaf, @Nullable LocalDate tot, boolean vervolgAfgesproken) {

	public Ontzorging {
		if (vanaf == null) {
			throw new RuleViolation("rule.ontzorging.from");
		}
		if (tot != null && tot.isBefore(vanaf)) {
			throw new RuleViolation("rule.ontzorging.until-before-from");
		}
	}

	/** Whether it ended before {@code day} (its last day was earlier). */
	public boolean endedBefore(LocalDate day) {
		return tot != null && tot.isBefore(day);
	}

}
