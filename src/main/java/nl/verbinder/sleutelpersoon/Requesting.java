package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requesting a key person: a professional asks in their own municipality (for a household
 * there, if named), follows the municipality's requests and may cancel one that is not
 * done.
 *
 * <p>
 * Eight collaborators: the requests and the pool, the scope, the log, the household and
 * the reference data to check a new request, the clock, and the events that tell that an
 * accepted request ended (its visit lapses).
 */
@Service
public class Requesting {

	/** A request as a professional enters it. */
	public record NewRequest(Verzoek.Soort soort, List<TaalCode> talen, Rol rol, @Nullable Domein domein,
			GemeenteCode gemeente, String wijk, LocalDate van, LocalDate tot, int minuten, Verzoek.Urgentie urgentie,
			@Nullable UUID householdId, String doel) {
	}

	/** A request with the version of its row, for optimistic locking. */
	public record RequestView(Verzoek verzoek, long versie, @Nullable String sleutelpersoon) {

		RequestView(Verzoek verzoek, long versie) {
			this(verzoek, versie, null);
		}
	}

	private final Verzoeken verzoeken;

	private final Pool pool;

	private final PoolScoping scoping;

	private final ProcessingLog log;

	private final Inburgering inburgering;

	private final ReferenceData reference;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Requesting(Verzoeken verzoeken, Pool pool, PoolScoping scoping, ProcessingLog log, Inburgering inburgering,
			ReferenceData reference, Clock clock, ApplicationEventPublisher events) {
		this.verzoeken = verzoeken;
		this.pool = pool;
		this.scoping = scoping;
		this.log = log;
		this.inburgering = inburgering;
		this.reference = reference;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A professional asks for a key person in their own municipality (for a household
	 * there, if named).
	 */
	@Transactional
	public RequestView request(NewRequest r) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_REQUEST);
		scope.require(r.gemeente());
		String contact = null;
		if (r.householdId() != null) {
			var household = inburgering.household(new HouseholdId(r.householdId()));
			if (!household.gemeente().equals(r.gemeente().value())) {
				throw new RuleViolation("rule.request-form.household-elsewhere", household.gemeente(),
						r.gemeente().value());
			}
			// The key person gets the first name of the household's first member, nothing
			// more.
			contact = household.members().getFirst().voornaam();
		}
		for (TaalCode taal : r.talen()) {
			if (reference.taal(taal).isEmpty()) {
				throw new RuleViolation("rule.language.unknown", taal.value());
			}
		}
		var verzoek = new Verzoek(UUID.randomUUID(), r.soort(), r.talen(), r.rol(), r.domein(), r.gemeente(), r.wijk(),
				r.van(), r.tot(), r.minuten(), r.urgentie(), r.householdId(), contact, r.doel(),
				scope.actor().id().value(), Verzoek.Status.OPEN, null, Set.of(), null);
		verzoeken.insert(verzoek, clock.instant());
		if (verzoek.householdId() != null) {
			log.record(Sleutelpersonen.INZET, Operation.CREATE, DataSubject.household(verzoek.householdId()));
		}
		return new RequestView(verzoek, 0);
	}

	/** The requests of the caller's municipalities, open ones first. */
	@Transactional(readOnly = true)
	public List<RequestView> requests() {
		scoping.restrict(Permission.KEY_PERSON_REQUEST);
		List<Verzoeken.Stored> stored = verzoeken.inScope(500);
		Map<UUID, Sleutelpersoon> attached = new HashMap<>();
		if (stored.stream().anyMatch(s -> s.verzoek().assignedTo() != null)) {
			pool.all().forEach(p -> attached.put(p.sleutelpersoon().id(), p.sleutelpersoon()));
		}
		List<RequestView> list = stored.stream().map(s -> {
			Sleutelpersoon who = s.verzoek().status().hasSleutelpersoon() && s.verzoek().assignedTo() != null
					? attached.get(s.verzoek().assignedTo()) : null;
			return new RequestView(s.verzoek(), s.version(),
					who == null ? null : who.voornaam() + " " + who.achternaam());
		}).toList();
		log.record(Sleutelpersonen.INZET, Operation.READ,
				list.stream()
					.map(RequestView::verzoek)
					.filter(v -> v.householdId() != null)
					.map(v -> DataSubject.household(v.householdId()))
					.distinct()
					.toList());
		log.record(Sleutelpersonen.POOL, Operation.READ,
				list.stream()
					.map(RequestView::verzoek)
					.filter(v -> v.status().hasSleutelpersoon() && attached.containsKey(v.assignedTo()))
					.map(v -> Sleutelpersonen.subject(attached.get(v.assignedTo())))
					.distinct()
					.toList());
		return list;
	}

	/** One request of the caller's municipalities, with its version. */
	@Transactional(readOnly = true)
	public RequestView findRequest(UUID requestId) {
		scoping.restrict(Permission.KEY_PERSON_REQUEST);
		Verzoeken.Stored stored = verzoeken.require(requestId);
		if (stored.verzoek().householdId() != null) {
			log.record(Sleutelpersonen.INZET, Operation.READ, DataSubject.household(stored.verzoek().householdId()));
		}
		return new RequestView(stored.verzoek(), stored.version());
	}

	/**
	 * A professional of the request's municipality withdraws it; a key person it was
	 * offered to is freed.
	 */
	@Transactional
	public RequestView cancel(UUID requestId, long expectedVersion) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_REQUEST);
		Verzoeken.Stored stored = verzoeken.require(requestId);
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		Verzoek cancelled = stored.verzoek().cancel();
		verzoeken.updateStatus(cancelled, expectedVersion);
		if (cancelled.householdId() != null) {
			log.record(Sleutelpersonen.INZET, Operation.UPDATE, DataSubject.household(cancelled.householdId()));
			if (stored.verzoek().status() == Verzoek.Status.GEACCEPTEERD) {
				events.publishEvent(new VerzoekEnded(requestId, cancelled.gemeente().value(),
						scope.actor().id().value(), VerzoekEnded.How.INGETROKKEN, clock.instant()));
			}
		}
		return new RequestView(cancelled, expectedVersion + 1);
	}

}
