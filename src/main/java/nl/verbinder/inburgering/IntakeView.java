package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded intake as shown and returned by the API. */
public record IntakeView(UUID id, @JsonProperty("persoonId") UUID personId, LocalDate datum,
		@JsonProperty("beoordelaarId") UUID assessorId, List<DomainAssessment> domeinen) {

	static IntakeView of(BredeIntake intake) {
		return new IntakeView(intake.id(), intake.personId(), intake.assessedOn(), intake.assessorId(),
				intake.domains());
	}

	/** The score of one domain, or null when it was not scored. */
	public Integer score(Domein domein) {
		return domeinen.stream()
			.filter(d -> d.domein() == domein)
			.findFirst()
			.map(DomainAssessment::score)
			.orElse(null);
	}
}
