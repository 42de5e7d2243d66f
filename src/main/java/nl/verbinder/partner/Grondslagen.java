package nl.verbinder.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.Actor;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The basis for sharing a household's data with an organisation (grondslag): consent, or
 * a legal task. The case manager records it and withdraws consent; from that moment it
 * covers nothing.
 */
@Service
public class Grondslagen {

	/** A new basis as a case manager enters it. */
	public record NewBasis(@Nullable UUID personId, UUID organisatieId, Grondslag.Soort soort, String doel,
			Set<Gegevenscategorie> categorieen, Grondslag.@Nullable Wijze wijze, @Nullable String getuige,
			@Nullable String wettelijkeTaak, LocalDate givenOn, @Nullable LocalDate geldigTot) {
	}

	public record BasisView(Grondslag grondslag, long versie, String organisatie, @Nullable String persoon,
			boolean geldig) {
	}

	private final PartnerAccess access;

	private final PartnerStore store;

	private final Inburgering inburgering;

	private final SocialMap socialMap;

	private final ApplicationEventPublisher events;

	private final ProcessingLog log;

	private final Clock clock;

	Grondslagen(PartnerAccess access, PartnerStore store, Inburgering inburgering, SocialMap socialMap,
			ApplicationEventPublisher events, ProcessingLog log, Clock clock) {
		this.access = access;
		this.store = store;
		this.inburgering = inburgering;
		this.socialMap = socialMap;
		this.events = events;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	public BasisView recordBasis(HouseholdId id, NewBasis basis) {
		HouseholdView household = inburgering.household(id);
		Actor actor = access.restrictWriting(household).actor();
		if (basis.personId() != null) {
			household.member(basis.personId());
		}
		Organisatie organisatie = socialMap.organisatie(basis.organisatieId());
		if (basis.givenOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.basis.given-ahead");
		}
		Grondslag g = new Grondslag(UUID.randomUUID(), id.value(), basis.personId(),
				new GemeenteCode(household.gemeente()), organisatie.id(), basis.soort(), basis.doel(),
				basis.categorieen(), basis.wijze(), basis.getuige(), basis.wettelijkeTaak(), basis.givenOn(),
				basis.geldigTot(), null, actor.id().value(), clock.instant());
		store.insert(g);
		log.record(PartnerAccess.SAMENWERKING, Operation.CREATE, PartnerAccess.subjects(household, basis.personId()));
		return new BasisView(g, 0, organisatie.naam(),
				basis.personId() == null ? null : household.member(basis.personId()).voornaam(),
				g.geldig(LocalDate.now(clock)));
	}

	/**
	 * Withdraws consent. From this moment the organisation sees none of the data it
	 * covered; the open referrals that rested on it stop, with that as the reason, as a
	 * reaction to {@link ConsentWithdrawn}.
	 */
	@Transactional
	public void withdraw(HouseholdId id, UUID grondslagId, long expectedVersion) {
		HouseholdView household = inburgering.household(id);
		Actor actor = access.restrictWriting(household).actor();
		var stored = store.grondslag(grondslagId)
			.filter(v -> v.value().householdId().equals(id.value()))
			.orElseThrow(() -> new NoSuchElementException("No basis " + grondslagId + " for this household"));
		Instant now = clock.instant();
		store.withdraw(stored.value().withdraw(now), expectedVersion);
		events.publishEvent(
				new ConsentWithdrawn(grondslagId, id.value(), stored.value().organisatieId(), now, actor.id().value()));
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE,
				PartnerAccess.subjects(household, stored.value().personId()));
	}

}
