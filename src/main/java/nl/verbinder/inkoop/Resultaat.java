package nl.verbinder.inkoop;

import java.time.LocalDate;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An exam or milestone result, or a note on progress ({@link Soort#VOORTGANG}, which has
 * no pass or fail), as a provider reports it.
 */
public record Resultaat(LocalDate datum, Soort soort, @Nullable Boolean behaald, String toelichting) {

	/**
	 * The state exams' parts (reading, listening, writing, speaking, knowledge of Dutch
	 * society), the PVT and MAP completed, another milestone, or progress.
	 */
	public enum Soort {

		LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN, KNM, PVT, MAP, MIJLPAAL, VOORTGANG;

		/** Whether this is an exam or milestone, with a result, rather than progress. */
		public boolean examOrMilestone() {
			return this != VOORTGANG;
		}

	}

	public Resultaat {
		toelichting = toelichting == null ? "" : toelichting.strip();
		if (datum == null || soort == null) {
			throw new RuleViolation("rule.result.incomplete");
		}
		if (soort.examOrMilestone() && behaald == null) {
			throw new RuleViolation("rule.result.outcome-missing");
		}
		if (!soort.examOrMilestone()) {
			behaald = null;
			if (toelichting.isEmpty()) {
				throw new RuleViolation("rule.result.progress-text");
			}
		}
		if (toelichting.length() > 2000) {
			throw new RuleViolation("rule.result.text-length", 2000);
		}
	}

}
