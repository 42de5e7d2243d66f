package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The "before and after" of two intakes of one person: per domain the score then and now,
 * and the change where both were scored.
 */
public record IntakeComparison(@JsonProperty("persoonId") UUID personId, @JsonProperty("vanIntake") UUID fromIntake,
		@JsonProperty("van") LocalDate from, @JsonProperty("totIntake") UUID toIntake,
		@JsonProperty("tot") LocalDate to, @JsonProperty("wijzigingen") List<Change> changes) {

	public record Change(Domein domein, @JsonProperty("voor") @Nullable Integer before,
			@JsonProperty("na") @Nullable Integer after, @Nullable Integer delta) {
	}

	static IntakeComparison between(BredeIntake earlier, BredeIntake later) {
		if (!earlier.personId().equals(later.personId())) {
			throw new RuleViolation("rule.intake.compare-persons");
		}
		List<Change> changes = new ArrayList<>();
		for (Domein domein : Domein.values()) {
			Integer before = earlier.domain(domein).map(DomainAssessment::score).orElse(null);
			Integer after = later.domain(domein).map(DomainAssessment::score).orElse(null);
			changes.add(new Change(domein, before, after, before == null || after == null ? null : after - before));
		}
		return new IntakeComparison(earlier.personId(), earlier.id(), earlier.assessedOn(), later.id(),
				later.assessedOn(), changes);
	}
}
