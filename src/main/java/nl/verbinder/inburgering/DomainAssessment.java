package nl.verbinder.inburgering;

import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One domain of a broad intake: a score on the five-level scale (null when the domain was
 * not discussed), the case manager's note and the person's own view in their own words.
 */
@Table(schema = "inburgering", name = "intake_domain")
public record DomainAssessment(Domein domein, @Nullable Integer score, @Nullable String notitie,
		@Nullable String eigenVisie) {

	/**
	 * The scale: 1 serious concerns, help needed now … 5 independent, no support needed.
	 */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	public static final int MAX_TEXT = 2000;

	public DomainAssessment {
		if (domein == null) {
			throw new RuleViolation("rule.intake.domain-missing");
		}
		if (score != null && (score < LOWEST || score > HIGHEST)) {
			throw new RuleViolation("rule.intake.score", RuleViolation.name("domein." + domein.name()), LOWEST,
					HIGHEST);
		}
		notitie = text(notitie, "rule.field.notitie");
		eigenVisie = text(eigenVisie, "rule.field.eigen-visie");
	}

	private static @Nullable String text(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			throw new RuleViolation("rule.field.too-long", RuleViolation.name(field), MAX_TEXT);
		}
		return value.strip();
	}

	boolean assessed() {
		return score != null || notitie != null || eigenVisie != null;
	}
}
