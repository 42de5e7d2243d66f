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
		Question begrepen, Question aanraden) implements RatingQuestions {

	public ActivitySummary {
		RatingQuestions.requireShown(answers, geholpen, respect, begrepen, aanraden);
	}

}
