package nl.verbinder.access;

import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access (break the glass): a case manager who must act for a household of
 * another municipality of the region opens that one household for a limited time
 * ({@code verbinder.emergency-access.duration}, 24 hours by default) after stating a
 * reason. The grant is kept with its reason; every read under it is logged under
 * {@link #ACTIVITY}; the household's own municipality is told by the event
 * {@link EmergencyAccessGranted}; the administrator reviews the grants.
 * {@link AccessControl#scopeFor(Permission, UUID)} is where a grant opens its household.
 */
@Service
public class EmergencyAccess {

	/**
	 * Reading a household of another municipality under an emergency access. A record
	 * under this activity refers to its reason by the grant of its actor for its
	 * household at its time.
	 */
	public static final ProcessingActivity ACTIVITY = new ProcessingActivity("access.noodtoegang",
			"Noodtoegang: handelen voor een huishouden van een andere gemeente in een noodsituatie, met opgegeven reden",
			"AVG art. 6 lid 1 sub d en e (vitaal belang; wettelijke taak, Wet inburgering 2021)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.HOUSEHOLD, DataCategory.RESIDENCE,
				DataCategory.INTEGRATION)
		.keptFor(Period.ofYears(5));

	private final AccessControl access;

	private final EmergencyGrants grants;

	private final EmergencyAccessSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmergencyAccess(AccessControl access, EmergencyGrants grants, EmergencyAccessSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.grants = grants;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Refuses, in words, a request that no household could make acceptable: the current
	 * actor is no case manager or states no (or too short a) reason. Called before the
	 * household is looked for, so that nothing is searched without a reason.
	 */
	public void checkRequest(@Nullable String reason) {
		Actor actor = access.scopeFor(Permission.HOUSEHOLD_READ).actor();
		if (actor.role() != Role.CASE_MANAGER) {
			throw new RuleViolation("rule.emergency-access.case-managers-only");
		}
		String stated = reason == null ? "" : reason.strip();
		if (stated.length() < settings.minReasonLength()) {
			throw new RuleViolation("rule.emergency-access.reason-required", settings.minReasonLength());
		}
	}

	/**
	 * Opens {@code household} of {@code gemeente} for the current case manager, for the
	 * configured time, or refuses in words. A grant of theirs for it that is active still
	 * is returned as it is, and says so ({@link Granted#created()} is false): nothing is
	 * granted, logged or told twice, also not for two requests at the same moment (the
	 * second waits for the first, {@link EmergencyGrants#lockGrantsOf}).
	 */
	@Transactional
	public Granted grant(UUID household, GemeenteCode gemeente, @Nullable String reason) {
		Actor actor = access.scopeFor(Permission.HOUSEHOLD_READ).actor();
		// Two requests at once would both find no open grant and both add one: the second
		// waits here for the first to commit, and reads the time only then, so that the
		// first's grant is open at it.
		grants.lockGrantsOf(actor.id(), household);
		EmergencyAccessGrant grant = EmergencyAccessGrant.open(actor, household, gemeente, reason, settings.duration(),
				settings.minReasonLength(), clock.instant());
		if (!access.region().contains(gemeente)) {
			throw new AccessDeniedException(gemeente + " is outside the region");
		}
		Optional<EmergencyAccessGrant> active = grants.active(actor.id(), household, grant.grantedAt());
		if (active.isPresent()) {
			return new Granted(active.get(), false);
		}
		grants.add(grant);
		events.publishEvent(new EmergencyAccessGranted(grant.id(), household, gemeente.value(), actor.id().value(),
				grant.actorGemeente().value(), grant.grantedAt(), grant.expiresAt()));
		return new Granted(grant, true);
	}

	/**
	 * What asking for an emergency access gave: the grant that opens the household, and
	 * whether it was made now ({@code created}) or was the case manager's open grant
	 * already.
	 */
	public record Granted(EmergencyAccessGrant grant, boolean created) {
	}

	/**
	 * The current case manager's grant that opens {@code household} now, if any: for the
	 * page to say so.
	 */
	@Transactional(readOnly = true)
	public Optional<EmergencyAccessGrant> active(UUID household) {
		return access.scopeFor(Permission.HOUSEHOLD_READ, household).emergencyAccess();
	}

	/**
	 * What the household's own municipality is told on its page: the latest emergency
	 * accesses of case managers of other municipalities to {@code household} of
	 * {@code gemeente}, newest first; none for a reader whose scope does not cover that
	 * municipality.
	 */
	@Transactional(readOnly = true)
	public List<EmergencyAccessGrant> ofHousehold(UUID household, GemeenteCode gemeente) {
		if (!access.scopeFor(Permission.HOUSEHOLD_READ).covers(gemeente)) {
			return List.of();
		}
		return grants.ofHousehold(household, 10).stream().filter(g -> g.gemeente().equals(gemeente)).toList();
	}

	/**
	 * Ends a grant before it expires: by the case manager who holds it, or by an
	 * administrator. Ending an ended or expired grant changes nothing.
	 */
	@Transactional
	public EmergencyAccessGrant end(UUID id) {
		Actor actor = access.currentActor();
		EmergencyAccessGrant grant = grants.find(id)
			.filter(g -> g.account().equals(actor.id()) || actor.role().may(Permission.PROCESSING_LOG_READ))
			.orElseThrow(() -> new NoSuchElementException("No emergency access " + id));
		if (actor.role().may(Permission.PROCESSING_LOG_READ)) {
			AccessScope scope = access.scopeFor(Permission.PROCESSING_LOG_READ);
			if (!scope.covers(grant.gemeente()) && !scope.covers(grant.actorGemeente())) {
				throw new NoSuchElementException("No emergency access " + id);
			}
		}
		return endNow(grant);
	}

	/**
	 * The case manager ends their own grant before it expires, having done what they had
	 * to: the household is closed to them again at once. A grant of anyone else is "not
	 * found", as the households they may not see are. Ending an ended or expired grant
	 * changes nothing.
	 */
	@Transactional
	public EmergencyAccessGrant endOwn(UUID id) {
		Actor actor = access.scopeFor(Permission.HOUSEHOLD_READ).actor();
		EmergencyAccessGrant grant = grants.find(id)
			.filter(g -> g.account().equals(actor.id()))
			.orElseThrow(() -> new NoSuchElementException("No emergency access " + id));
		return endNow(grant);
	}

	private EmergencyAccessGrant endNow(EmergencyAccessGrant grant) {
		if (grant.activeAt(clock.instant())) {
			grants.end(grant.id(), clock.instant());
		}
		return grants.find(grant.id()).orElseThrow();
	}

	/**
	 * A page of grants for the administrator, newest first: those of the scope's
	 * municipalities.
	 */
	@Transactional(readOnly = true)
	public Page latest(int page, int pageSize) {
		String[] gemeenten = access.scopeFor(Permission.PROCESSING_LOG_READ).gemeenteCodes();
		int size = Math.clamp(pageSize, 1, 100);
		int number = Math.max(page, 1);
		return new Page(grants.latest(gemeenten, size, (long) (number - 1) * size), number, size,
				grants.count(gemeenten));
	}

	/**
	 * The grants for the API, of the caller's municipalities (the household's or the case
	 * manager's), newest first unless asked otherwise.
	 */
	@Transactional(readOnly = true)
	public Paged<EmergencyAccessGrant> latest(Paging paging) {
		String[] gemeenten = access.scopeFor(Permission.PROCESSING_LOG_READ).gemeenteCodes();
		return paging.page("noodtoegangen", grants.latest(gemeenten,
				paging.orderBy(EmergencyGrants.SORTING, "granted_at desc", "id"), paging.pageSize(), paging.offset()),
				grants.count(gemeenten));
	}

	/** One page of grants. */
	public record Page(List<EmergencyAccessGrant> grants, int page, int pageSize, long total) {

		public long pages() {
			return Math.max(1, (total + pageSize - 1) / pageSize);
		}

	}

}
