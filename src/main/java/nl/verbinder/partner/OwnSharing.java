package nl.verbinder.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.Actor;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.partner.Doorverwijzing.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the partner module tells a newcomer in the portal about sharing their data: every
 * basis for sharing about them or their minor children (and those for the household as a
 * whole), the organisations that accepted a referral for them, and withdrawing a consent,
 * which takes effect at once as it does when the case manager records it. Who the
 * newcomer is comes from {@link OwnFile} (scope {@link Permission#OWN_DATA}).
 */
@Service
public class OwnSharing {

	/**
	 * A basis for sharing as the newcomer sees it; {@code persoon} is null for the
	 * household as a whole.
	 */
	public record Basis(UUID id, long versie, String organisatie, Grondslag.Soort soort, String doel,
			Set<Gegevenscategorie> categorieen, @Nullable String persoon, @Nullable String wettelijkeTaak,
			@JsonProperty("gegevenOp") LocalDate givenOn, @Nullable LocalDate geldigTot,
			@JsonProperty("ingetrokkenOp") @Nullable Instant withdrawnOn, boolean geldig) {

		/**
		 * Only a consent that holds can be withdrawn; a legal task is not the newcomer's
		 * to end.
		 */
		public boolean withdrawable() {
			return soort == Grondslag.Soort.TOESTEMMING && geldig;
		}
	}

	/**
	 * An organisation that accepted a referral for the newcomer or a child: what it does,
	 * how to reach it; with the ids of the referral and the organisation, by which the
	 * newcomer rates it.
	 */
	public record Contact(String organisatie, String reden, String persoon, LocalDate sinds,
			Organisatie.@Nullable Contactpersoon contactpersoon, UUID doorverwijzingId, UUID organisatieId) {
	}

	private final PartnerAccess access;

	private final ProcessingLog log;

	private final PartnerStore store;

	private final ApplicationEventPublisher events;

	private final OwnFile ownFile;

	private final Clock clock;

	/**
	 * A key person who helps the household now, with what for; reached through the case
	 * manager.
	 */
	public record SleutelpersoonContact(String naam, String taak, LocalDate sinds, @Nullable LocalDate tot) {
	}

	private final ObjectProvider<InvolvementSource> sources;

	OwnSharing(PartnerAccess access, ProcessingLog log, PartnerStore store, ApplicationEventPublisher events,
			OwnFile ownFile, Clock clock, ObjectProvider<InvolvementSource> sources) {
		this.sources = sources;
		this.access = access;
		this.log = log;
		this.store = store;
		this.events = events;
		this.ownFile = ownFile;
		this.clock = clock;
	}

	/**
	 * Every basis for sharing about the newcomer, their minor children or the household
	 * as a whole.
	 */
	@Transactional
	public List<Basis> bases(UUID self, ProcessingActivity activity) {
		OwnFile.Family family = ownFile.family(self, activity);
		restrict();
		Map<UUID, String> organisations = organisationNames();
		Map<UUID, String> names = names(family);
		LocalDate today = LocalDate.now(clock);
		return store.grondslagen(family.household().value())
			.stream()
			.filter(v -> v.value().personId() == null || family.covers(v.value().personId()))
			.map(v -> {
				Grondslag g = v.value();
				return new Basis(g.id(), v.version(), organisations.getOrDefault(g.organisatieId(), "?"), g.soort(),
						g.doel(), g.categorieen(), g.personId() == null ? null : names.get(g.personId()),
						g.wettelijkeTaak(), g.givenOn(), g.geldigTot(), g.withdrawnOn(), g.geldig(today));
			})
			.toList();
	}

	/**
	 * The key persons who help the household now (from other modules'
	 * {@link InvolvementSource}s, as on the household page), with what for.
	 */
	@Transactional
	public List<SleutelpersoonContact> sleutelpersonen(UUID self, ProcessingActivity activity) {
		OwnFile.Family family = ownFile.family(self, activity);
		restrict();
		LocalDate today = LocalDate.now(clock);
		return sources.orderedStream()
			.flatMap(source -> source.involved(family.household()).stream())
			.filter(i -> i.soort() == Collaboration.Involvement.Soort.SLEUTELPERSOON && i.current(today))
			.map(i -> new SleutelpersoonContact(i.naam(), i.rol(), i.sinds(), i.tot()))
			.toList();
	}

	/**
	 * The organisations that accepted a referral for the newcomer or a minor child, still
	 * working or done.
	 */
	@Transactional
	public List<Contact> contacts(UUID self, ProcessingActivity activity) {
		OwnFile.Family family = ownFile.family(self, activity);
		restrict();
		Map<UUID, Organisatie> organisations = store.organisaties()
			.stream()
			.collect(Collectors.toMap(Organisatie::id, Function.identity()));
		Map<UUID, String> names = names(family);
		List<Contact> contacts = new ArrayList<>();
		for (var stored : store.doorverwijzingen(family.household().value())) {
			Doorverwijzing d = stored.value();
			if (!family.covers(d.personId()) || !(d.status().open() || d.status() == Status.AFGEROND)) {
				continue;
			}
			store.steps(d.id())
				.stream()
				.filter(s -> s.status() == Status.GEACCEPTEERD)
				.findFirst()
				.ifPresent(accepted -> {
					Organisatie o = organisations.get(d.organisatieId());
					if (o != null) {
						contacts.add(new Contact(o.naam(), d.reden(), names.getOrDefault(d.personId(), "?"),
								LocalDate.ofInstant(accepted.op(), clock.getZone()), o.contact(), d.id(), o.id()));
					}
				});
		}
		return List.copyOf(contacts);
	}

	/**
	 * Withdraws a consent about the newcomer, a minor child or the household, at once:
	 * from this moment the organisation sees nothing it covered; the open referrals that
	 * rested on it stop as a reaction to {@link ConsentWithdrawn}.
	 */
	@Transactional
	public void withdraw(UUID self, UUID grondslagId, long expectedVersion, ProcessingActivity activity) {
		OwnFile.Family family = ownFile.family(self, activity);
		Actor actor = restrict();
		var stored = store.grondslag(grondslagId)
			.filter(v -> v.value().householdId().equals(family.household().value()))
			.filter(v -> v.value().personId() == null || family.covers(v.value().personId()))
			.orElseThrow(() -> new NoSuchElementException("No basis " + grondslagId + " about this newcomer"));
		Instant now = clock.instant();
		store.withdraw(stored.value().withdraw(now), expectedVersion);
		events.publishEvent(new ConsentWithdrawn(grondslagId, family.household().value(),
				stored.value().organisatieId(), now, actor.id().value()));
		UUID person = stored.value().personId();
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, List
			.of(person == null ? DataSubject.household(family.household().value()) : DataSubject.person(person)));
	}

	private Actor restrict() {
		return access.restrict(Permission.OWN_DATA).actor();
	}

	private Map<UUID, String> organisationNames() {
		return store.organisaties().stream().collect(Collectors.toMap(Organisatie::id, Organisatie::naam));
	}

	private static Map<UUID, String> names(OwnFile.Family family) {
		return family.persons()
			.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, HouseholdView.MemberView::voornaam));
	}

}
