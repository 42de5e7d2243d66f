package nl.verbinder.portal;

import nl.verbinder.portal.RatingSummary.Question;

/**
 * What newcomers together said of one activity of their plans (a contracted product, or
 * the same course at the same provider) or of one provider over all its activities: per
 * question how many answered no, a little and yes, counted in SQL. Like
 * {@link RatingSummary} it exists only for at least {@link RatingSummary#MIN_ANSWERS}
 * answers; it names the activity and the provider as the plans name them, never a person.
 */
public record ActivitySummary(String aanbieder, String omschrijving, int answers, Question geholpen, Question respect,
		Question begrepen, Question aanraden) {

	public ActivitySummary {
		if (!RatingSummary.shown(answers)) {
			throw new IllegalArgumentException(
					"A summary of fewer than " + RatingSummary.MIN_ANSWERS + " answers is never made");
		}
		for (Question q : new Question[] { geholpen, respect, begrepen, aanraden }) {
			if (q.total() != answers) {
				throw new IllegalArgumentException("A question's answers must add up to " + answers);
			}
		}
	}

	/** The answers to a question by its name, as the pages name them. */
	public Question question(String name) {
		return switch (name) {
			case "geholpen" -> geholpen;
			case "respect" -> respect;
			case "begrepen" -> begrepen;
			case "aanraden" -> aanraden;
			default -> throw new IllegalArgumentException("No question " + name);
		};
	}

}
