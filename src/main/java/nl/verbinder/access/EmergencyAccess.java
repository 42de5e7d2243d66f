package nl.verbinder.access;

import java.time.Instant;
import java.time.LocalDateTime;
import nl.verbinder.shared.DutchTime;
import java.time.Period;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Noodtoegang (break the glass): a case manager who must act for a household outside
 * their municipality (an emergency, a household in transit) opens it for a limited time
 * after stating a reason. {@link AccessControl} then adds the household to the case
 * manager's scopes for household data on pages (never on the API, never for a token or
 * Verbinder's own work), and {@link RowLevelSecurity} lets its rows through; everything
 * else of that municipality stays refused. Each use is a processing-log record whose
 * subject is the grant, which holds the reason; the household's own municipality is told
 * through {@link EmergencyAccessOpened}; the administrator sees the grants in a list.
 */
@Service
public class EmergencyAccess {

	/** Acting for a household of another municipality in an emergency. */
	public static final ProcessingActivity NOODTOEGANG = new ProcessingActivity("access.noodtoegang",
			"Handelen voor een huishouden van een andere gemeente in een noodgeval (noodtoegang)",
			"Wet inburgering 2021, art. 6 (wettelijke taak, AVG art. 6 lid 1 sub e); vitaal belang (AVG art. 6 lid 1 sub d)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.HOUSEHOLD, DataCategory.INTEGRATION)
		.keptFor(Period.ofYears(5));

	/** The subject type of a processing-log record of a grant's use: the grant's id. */
	public static final String SUBJECT_TYPE = "noodtoegang";

	@Bean
	static ProcessingActivities emergencyAccessActivities() {
		return ProcessingActivities.of(NOODTOEGANG);
	}

	/**
	 * A grant: who opened which household (and its municipality), why, from when until
	 * when, and how often it was used (in the administrator's list; 0 elsewhere).
	 */
	public record Grant(UUID id, AccountId account, String accountName, GemeenteCode accountGemeente, UUID household,
			GemeenteCode gemeente, String reason, Instant openedAt, Instant until, long uses) {

		public Grant(UUID id, AccountId account, String accountName, GemeenteCode accountGemeente, UUID household,
				GemeenteCode gemeente, String reason, Instant openedAt, Instant until) {
			this(id, account, accountName, accountGemeente, household, gemeente, reason, openedAt, until, 0);
		}

		public boolean activeAt(Instant moment) {
			return !moment.isBefore(openedAt) && moment.isBefore(until);
		}

		/** When it was opened, in the region's time. */
		public LocalDateTime localOpenedAt() {
			return LocalDateTime.ofInstant(openedAt, DutchTime.ZONE);
		}

		/** Until when it lasts, in the region's time. */
		public LocalDateTime localUntil() {
			return LocalDateTime.ofInstant(until, DutchTime.ZONE);
		}
	}

	static final int MAX_REASON = 1000;

	private final AccessControl access;

	private final EmergencyGrants grants;

	private final EmergencyAccessSettings settings;

	private final ProcessingLog log;

	private final RowLevelSecurity rowLevelSecurity;

	private final ApplicationEventPublisher events;

	EmergencyAccess(AccessControl access, EmergencyGrants grants, EmergencyAccessSettings settings, ProcessingLog log,
			RowLevelSecurity rowLevelSecurity, ApplicationEventPublisher events) {
		this.access = access;
		this.grants = grants;
		this.settings = settings;
		this.log = log;
		this.rowLevelSecurity = rowLevelSecurity;
		this.events = events;
	}

	/**
	 * Whether the current actor may open a household in an emergency at all: a person
	 * with a municipality who may change household data, on a page.
	 */
	public boolean mayOpen() {
		return access.mayOpenInEmergency();
	}

	/**
	 * Opens the household for the current actor for the configured time. The reason is
	 * required (refused before anything about the household is looked up). The owner of
	 * the household data says where it lives: {@code whereIs} is asked with row-level
	 * security opened to the region for that one lookup. A household of the actor's own
	 * municipality needs no grant (empty); one that does not exist is "not found".
	 */
	@Transactional
	public Optional<Grant> open(UUID household, String reason, Function<UUID, Optional<GemeenteCode>> whereIs) {
		if (!access.mayOpenInEmergency()) {
			throw new AccessDeniedException("Only a case manager of a municipality opens a household in an emergency");
		}
		String stated = reason == null ? "" : reason.strip();
		if (stated.isEmpty()) {
			throw new RuleViolation("rule.emergency.reason-required");
		}
		if (stated.length() > MAX_REASON) {
			throw new RuleViolation("rule.emergency.reason-too-long", MAX_REASON);
		}
		AccessScope own = access.scopeFor(Permission.HOUSEHOLD_WRITE);
		rowLevelSecurity.restrictTo(access.lookupScope());
		Optional<GemeenteCode> gemeente;
		try {
			gemeente = whereIs.apply(household);
		}
		finally {
			rowLevelSecurity.restrictTo(own);
		}
		GemeenteCode where = gemeente.filter(access.region()::contains)
			.orElseThrow(() -> new NoSuchElementException("No household " + household + " in the region"));
		Actor actor = own.actor();
		if (where.equals(actor.gemeente())) {
			return Optional.empty();
		}
		Instant now = grants.now();
		var grant = new Grant(UUID.randomUUID(), actor.id(), actor.displayName(), actor.gemeente(), household, where,
				stated, now, now.plus(settings.duration()));
		grants.insert(grant);
		access.forgetEmergencyGrants();
		log.record(NOODTOEGANG, Operation.CREATE, grantSubject(grant.id()));
		events.publishEvent(new EmergencyAccessOpened(grant.id(), household, where, actor.id(), actor.displayName(),
				actor.gemeente(), stated, grant.openedAt(), grant.until()));
		return Optional.of(grant);
	}

	/**
	 * Records that the scope's actor used its grant for the household (a page of it was
	 * read or changed): one processing-log record whose subject is the grant, once per
	 * page view for reads. Nothing when the scope covers the household's municipality.
	 */
	public void recordUse(AccessScope scope, UUID household, GemeenteCode gemeente) {
		if (scope.covers(gemeente)) {
			return;
		}
		scope.emergencyGrant(household)
			.ifPresent(grant -> log.record(NOODTOEGANG,
					scope.permission() == Permission.HOUSEHOLD_WRITE ? Operation.UPDATE : Operation.READ,
					grantSubject(grant)));
	}

	/**
	 * The current actor's active grant for the household, if any (to show on its page).
	 */
	public Optional<Grant> activeGrant(UUID household) {
		if (!access.mayOpenInEmergency()) {
			return Optional.empty();
		}
		return access.scopeFor(Permission.HOUSEHOLD_READ).emergencyGrant(household).map(grants::get);
	}

	/**
	 * The latest grants for the administrator: those of the municipalities in their scope
	 * (as the household's or the account's), newest first, at most 500.
	 */
	public List<Grant> recent() {
		AccessScope scope = access.scopeFor(Permission.PROCESSING_LOG_READ);
		return grants.concerning(scope.gemeenteCodes(), 500);
	}

	/** The moment the grants are judged by. */
	public Instant now() {
		return grants.now();
	}

	private static DataSubject grantSubject(UUID grant) {
		return new DataSubject(SUBJECT_TYPE, grant.toString());
	}

}
