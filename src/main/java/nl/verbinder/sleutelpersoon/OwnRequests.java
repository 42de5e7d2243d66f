package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.WorkContacts;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key person's own work: the requests offered to them, accepting or declining,
 * reporting what they did with time and kilometres, and their hours per month. They see
 * only what a task needs.
 * <p>
 * Eight collaborators: besides the pool, the requests, scoping, the log and the clock, it
 * reads the household and the case manager's work contact for the warm handshake, and
 * publishes {@link VerzoekEnded} when a report ends a request whose visit is still to
 * come.
 */
@Service
public class OwnRequests {

	/**
	 * One month of a key person's reported work: requests done, minutes spent, kilometres
	 * travelled.
	 */
	public record MonthTotal(LocalDate maand, int verzoeken, int minuten, int km) {
	}

	private final Pool pool;

	private final Verzoeken verzoeken;

	private final PoolScoping scoping;

	private final ProcessingLog log;

	private final Clock clock;

	private final Inburgering inburgering;

	private final WorkContacts workContacts;

	private final ApplicationEventPublisher events;

	OwnRequests(Pool pool, Verzoeken verzoeken, PoolScoping scoping, ProcessingLog log, Clock clock,
			Inburgering inburgering, WorkContacts workContacts, ApplicationEventPublisher events) {
		this.pool = pool;
		this.verzoeken = verzoeken;
		this.scoping = scoping;
		this.log = log;
		this.clock = clock;
		this.inburgering = inburgering;
		this.workContacts = workContacts;
		this.events = events;
	}

	/**
	 * What a key person sees of a request: only what the task needs, and the household's
	 * first name only while it lasts. Once they accepted a task at the household (and
	 * until it is done), also the address and how to reach the case manager: the warm
	 * handshake.
	 */
	public record OwnRequest(UUID id, Verzoek.Soort soort, List<TaalCode> talen, Rol rol, GemeenteCode gemeente,
			String wijk, LocalDate van, LocalDate tot, int minuten, Verzoek.Urgentie urgentie,
			@Nullable String contactVoornaam, String doel, Verzoek.Status status, Verzoek.@Nullable Verslag verslag,
			long versie, @Nullable Handshake handshake) {

		static OwnRequest of(Verzoeken.Stored stored, @Nullable Handshake handshake) {
			Verzoek v = stored.verzoek();
			boolean lasts = v.status() == Verzoek.Status.AANGEBODEN || v.status() == Verzoek.Status.GEACCEPTEERD;
			return new OwnRequest(v.id(), v.soort(), v.talen(), v.rol(), v.gemeente(), v.wijk(), v.van(), v.tot(),
					v.minuten(), v.urgentie(), lasts ? v.contactVoornaam() : null, v.doel(), v.status(), v.verslag(),
					stored.version(), v.status() == Verzoek.Status.GEACCEPTEERD ? handshake : null);
		}
	}

	/**
	 * Where to go and whom to call for an accepted task: the household's address and the
	 * case manager.
	 */
	public record Handshake(String adres, String postcode, String consulent, @Nullable String telefoon,
			@Nullable String email) {
	}

	/**
	 * The address and case manager of an accepted request for a household; read (and
	 * logged) only then.
	 */
	private @Nullable Handshake handshake(Verzoek v) {
		if (v.status() != Verzoek.Status.GEACCEPTEERD || v.householdId() == null) {
			return null;
		}
		return inburgering.visitFor(new HouseholdId(v.householdId()), Sleutelpersonen.INZET).map(visit -> {
			var contact = workContacts.of(new AccountId(visit.caseManagerId())).orElse(null);
			return new Handshake(visit.adres(), visit.postcode(), contact == null ? "" : contact.naam(),
					contact == null ? null : contact.telefoon(), contact == null ? null : contact.email());
		}).orElse(null);
	}

	/** The signed-in key person's requests: offered, accepted and done. */
	@Transactional(readOnly = true)
	public List<OwnRequest> ownRequests() {
		Sleutelpersoon me = me();
		List<OwnRequest> own = verzoeken.ofKeyPerson(me.id(), 200)
			.stream()
			.map(s -> OwnRequest.of(s, handshake(s.verzoek())))
			.toList();
		log.record(Sleutelpersonen.POOL, Operation.READ, Sleutelpersonen.subject(me));
		return own;
	}

	/**
	 * The signed-in key person's reported work per month (basis for an expense allowance
	 * or a contract).
	 */
	@Transactional(readOnly = true)
	public List<MonthTotal> ownHours() {
		Sleutelpersoon me = me();
		log.record(Sleutelpersonen.POOL, Operation.READ, Sleutelpersonen.subject(me));
		return verzoeken.monthTotals(me.id());
	}

	@Transactional
	public OwnRequest accept(UUID requestId, long expectedVersion) {
		return ownStep(requestId, expectedVersion, (me, v) -> v.accept(me.id()));
	}

	@Transactional
	public OwnRequest decline(UUID requestId, long expectedVersion) {
		return ownStep(requestId, expectedVersion, (me, v) -> v.decline(me.id()));
	}

	@Transactional
	public OwnRequest report(UUID requestId, long expectedVersion, Verzoek.Verslag verslag) {
		if (verslag.datum().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.request.report-future");
		}
		OwnRequest done = ownStep(requestId, expectedVersion, (me, v) -> v.complete(me.id(), verslag));
		Verzoeken.Stored stored = verzoeken.require(requestId);
		if (stored.verzoek().householdId() != null) {
			events.publishEvent(new VerzoekEnded(requestId, stored.verzoek().gemeente().value(),
					scoping.restrict(Permission.KEY_PERSON_OWN).actor().id().value(), VerzoekEnded.How.AFGEROND,
					clock.instant()));
		}
		return done;
	}

	private OwnRequest ownStep(UUID requestId, long expectedVersion,
			BiFunction<Sleutelpersoon, Verzoek, Verzoek> change) {
		Sleutelpersoon me = me();
		Verzoeken.Stored stored = verzoeken.find(requestId)
			.filter(s -> me.id().equals(s.verzoek().assignedTo()))
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId + " for this key person"));
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		Verzoek changed = change.apply(me, stored.verzoek());
		verzoeken.updateStatus(changed, expectedVersion);
		log.record(Sleutelpersonen.POOL, Operation.UPDATE, Sleutelpersonen.subject(me));
		return OwnRequest.of(new Verzoeken.Stored(changed, expectedVersion + 1), handshake(changed));
	}

	/**
	 * The key person who signs in with the current account; "not found" for anyone else.
	 */
	private Sleutelpersoon me() {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_OWN);
		return pool.byAccount(scope.actor().id().value())
			.map(Pool.Stored::sleutelpersoon)
			.orElseThrow(() -> new NoSuchElementException("This account belongs to no key person of the pool"));
	}

}
