package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import java.util.NoSuchElementException;

/**
 * One broad intake of one person: on a date, by a case manager, over the domains that
 * were discussed. It is recorded once and never changed (the database refuses updates
 * too); a later intake is a new one, so that the change per domain between any two
 * intakes can be measured.
 */
@Table(schema = "inburgering", name = "intake")
class BredeIntake {

	@Id
	private final UUID id;

	private final UUID personId;

	private final UUID householdId;

	private final GemeenteCode gemeente;

	private final LocalDate assessedOn;

	private final UUID assessorId;

	private final Instant recordedAt;

	@MappedCollection(idColumn = "intake_id", keyColumn = "position")
	private final List<DomainAssessment> domains;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	BredeIntake(UUID id, UUID personId, UUID householdId, GemeenteCode gemeente, LocalDate assessedOn, UUID assessorId,
			Instant recordedAt, List<DomainAssessment> domains, @Nullable Long version) {
		this.id = id;
		this.personId = personId;
		this.householdId = householdId;
		this.gemeente = gemeente;
		this.assessedOn = assessedOn;
		this.assessorId = assessorId;
		this.recordedAt = recordedAt;
		this.domains = List.copyOf(domains);
		this.version = version;
	}

	static BredeIntake record(Household household, UUID personId, LocalDate assessedOn, UUID assessorId,
			List<DomainAssessment> domains, Clock clock) {
		Member member = household.members()
			.stream()
			.filter(m -> m.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No member " + personId + " in this household"));
		if (assessedOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.intake.future");
		}
		if (assessedOn.isBefore(member.geboortedatum())) {
			throw new RuleViolation("rule.intake.before-birth");
		}
		EnumSet<Domein> seen = EnumSet.noneOf(Domein.class);
		for (DomainAssessment d : domains) {
			if (!seen.add(d.domein())) {
				throw new RuleViolation("rule.intake.domain-twice", RuleViolation.name("domein." + d.domein().name()));
			}
		}
		List<DomainAssessment> assessed = domains.stream().filter(DomainAssessment::assessed).toList();
		if (assessed.isEmpty()) {
			throw new RuleViolation("rule.intake.no-domain");
		}
		return new BredeIntake(UUID.randomUUID(), personId, household.id().value(), household.gemeente(), assessedOn,
				assessorId, clock.instant(), assessed, null);
	}

	Optional<DomainAssessment> domain(Domein domein) {
		return domains.stream().filter(d -> d.domein() == domein).findFirst();
	}

	UUID id() {
		return id;
	}

	UUID personId() {
		return personId;
	}

	LocalDate assessedOn() {
		return assessedOn;
	}

	UUID assessorId() {
		return assessorId;
	}

	List<DomainAssessment> domains() {
		return domains;
	}

}
