package nl.verbinder.portal;

import nl.verbinder.portal.RatingSummary.Question;

/**
 * What a summary of an organisation and one of an activity or provider
 * ({@link ActivitySummary}) share: the number of answers and the four questions' answers.
 */
public interface RatingQuestions {

	int answers();

	Question geholpen();

	Question respect();

	Question begrepen();

	Question aanraden();

	/** The answers to a question by its name, as the pages name them. */
	default Question question(String name) {
		return switch (name) {
			case "geholpen" -> geholpen();
			case "respect" -> respect();
			case "begrepen" -> begrepen();
			case "aanraden" -> aanraden();
			default -> throw new IllegalArgumentException("No question " + name);
		};
	}

	/**
	 * Refuses a summary of fewer than {@link RatingSummary#MIN_ANSWERS} answers, or one
	 * whose questions' answers do not each add up to them.
	 */
	static void requireShown(int answers, Question... questions) {
		if (!RatingSummary.shown(answers)) {
			throw new IllegalArgumentException(
					"A summary of fewer than " + RatingSummary.MIN_ANSWERS + " answers is never made");
		}
		for (Question q : questions) {
			if (q.total() != answers) {
				throw new IllegalArgumentException("A question's answers must add up to " + answers);
			}
		}
	}

}
