package nl.verbinder.portal;

import java.util.UUID;

/**
 * What newcomers together said of one organisation: per question how many answered no, a
 * little and yes, counted in SQL. It exists only for at least {@link #MIN_ANSWERS}
 * answers (small-number suppression): with fewer, the answers of one person could be told
 * apart, so no summary can be made of them.
 */
public record RatingSummary(UUID organisatieId, String organisatie, int answers, Question geholpen, Question respect,
		Question begrepen, Question aanraden) implements RatingQuestions {

	/** The fewest answers a summary may show. */
	public static final int MIN_ANSWERS = 5;

	public RatingSummary {
		RatingQuestions.requireShown(answers, geholpen, respect, begrepen, aanraden);
	}

	/** Whether so many answers may be shown at all. */
	public static boolean shown(long answers) {
		return answers >= MIN_ANSWERS;
	}

	/** One question's answers: how many said no, a little, yes. */
	public record Question(int nee, int beetje, int ja) {

		public Question {
			if (nee < 0 || beetje < 0 || ja < 0) {
				throw new IllegalArgumentException("Counts are never negative");
			}
		}

		int total() {
			return nee + beetje + ja;
		}

		/** The share that said yes, in whole percent (half up). */
		public int jaPercentage() {
			return percentage(ja);
		}

		/** The share that said a little, in whole percent (half up). */
		public int beetjePercentage() {
			return percentage(beetje);
		}

		/** The share that said no, in whole percent (half up). */
		public int neePercentage() {
			return percentage(nee);
		}

		private int percentage(int count) {
			return total() == 0 ? 0 : (int) Math.floorDiv(200L * count + total(), 2L * total());
		}

	}

}
