package nl.verbinder.inburgering;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One domain of a broad intake: a score on the five-level scale (null when the domain was not
 * discussed), the case manager's note and the person's own view in their own words.
 */
@Table(schema = "inburgering", name = "intake_domain")
public record DomainAssessment(Domein domein, @Nullable Integer score, @Nullable String notitie,
		@Nullable String eigenVisie) {

	/** The scale: 1 serious concerns, help needed now … 5 independent, no support needed. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	public static final int MAX_TEXT = 2000;

	public DomainAssessment {
		if (domein == null) {
			throw new IllegalArgumentException("domein is missing");
		}
		if (score != null && (score < LOWEST || score > HIGHEST)) {
			throw new IllegalArgumentException("score for " + domein + " must lie between 1 and 5, not " + score);
		}
		notitie = text(notitie, "notitie");
		eigenVisie = text(eigenVisie, "eigenVisie");
	}

	private static @Nullable String text(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
		}
		return value.strip();
	}

	boolean assessed() {
		return score != null || notitie != null || eigenVisie != null;
	}
}
