package nl.verbinder.inburgering;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Role;

/**
 * The inburgering module's API. Every method asks {@link AccessControl} for a scope
 * first, reads and writes only within the municipalities of that scope, and records each
 * processing of a person's data in the {@link ProcessingLog}. Households outside the
 * scope do not exist as far as the caller can tell.
 * <p>
 * Its eleven collaborators are the price of being the one place where a household comes
 * into being: registration checks the scope (access, scoping, row-level security for the
 * region-wide duplicate search), the reference data (countries), duplicates, and writes
 * the aggregate, the caseload row and the log; the placement intake adds the choice of a
 * case manager (accounts). The read models (caseload, timeline) have already left; the
 * placement intake, with the account administration, is the next to move into its
 * listener.
 */
@Service
public class Inburgering {

	/**
	 * The municipality's regie on the inburgering of a household (Wet inburgering 2021).
	 */
	public static final ProcessingActivity REGIE = new ProcessingActivity("inburgering.regie",
			"Regie op de inburgering van inburgeraars en hun gezin",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.HOUSEHOLD, DataCategory.RESIDENCE,
				DataCategory.ORIGIN, DataCategory.INTEGRATION, DataCategory.EDUCATION_AND_WORK, DataCategory.HEALTH)
		.keptFor(Period.ofYears(5));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities inburgeringProcessingActivities() {
		return ProcessingActivities.of(REGIE);
	}

	/**
	 * One new member, as entered; everything after {@code gezinsrol} may be unknown
	 * (null).
	 */
	public record NewMember(String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol,
			@Nullable Geslacht geslacht, @Nullable String geboorteland, @Nullable String nationaliteit,
			@Nullable LocalDate verblijfsvergunning, @Nullable String bsn, @Nullable String vNummer) {

		public NewMember(String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol) {
			this(voornaam, achternaam, geboortedatum, gezinsrol, null, null, null, null, null, null);
		}

		Member toMember() {
			return new Member(UUID.randomUUID(), voornaam, achternaam, geboortedatum, gezinsrol, geslacht, geboorteland,
					nationaliteit, verblijfsvergunning, bsn, vNummer);
		}
	}

	/**
	 * Registering someone who is probably registered already: the same name (or nearly)
	 * and date of birth. The caller shows the candidates and registers anyway only when
	 * told this is someone else.
	 */
	public static class PossibleDuplicate extends RuntimeException {

		private final List<DuplicateCandidate> candidates;

		PossibleDuplicate(List<DuplicateCandidate> candidates) {
			super("Possibly registered already: " + candidates.size()
					+ " person(s) with a similar name and the same date of birth");
			this.candidates = List.copyOf(candidates);
		}

		public List<DuplicateCandidate> candidates() {
			return candidates;
		}

	}

	/**
	 * Registering a BSN that is registered already, in a household the caller may see
	 * (duplicates are looked for within the caller's scope). The page links to that
	 * household.
	 */
	public static class BsnRegistered extends RuleViolation {

		private final HouseholdId household;

		BsnRegistered(String maskedBsn, HouseholdId household) {
			super("rule.household.bsn-registered", maskedBsn, household.toString());
			this.household = household;
		}

		public HouseholdId household() {
			return household;
		}

	}

	private final Households households;

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final ProcessingLog log;

	private final RowLevelSecurity rowLevelSecurity;

	private final Scoping scoping;

	private final ReferenceData reference;

	private final DuplicateDetection duplicates;

	private final Clock clock;

	private final Caseload caseload;

	private final AccountAdministration accounts;

	Inburgering(Households households, JdbcClient jdbc, AccessControl access, ProcessingLog log,
			RowLevelSecurity rowLevelSecurity, Scoping scoping, ReferenceData reference, DuplicateDetection duplicates,
			Clock clock, Caseload caseload, AccountAdministration accounts) {
		this.caseload = caseload;
		this.accounts = accounts;
		this.households = households;
		this.jdbc = jdbc;
		this.access = access;
		this.log = log;
		this.rowLevelSecurity = rowLevelSecurity;
		this.scoping = scoping;
		this.reference = reference;
		this.duplicates = duplicates;
		this.clock = clock;
	}

	@Transactional
	public HouseholdView register(GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate,
			List<NewMember> members) {
		return register(gemeente, adres, postcode, arrivalDate, members, false);
	}

	/**
	 * Registers a household. A BSN that is registered already is refused; a member who
	 * probably is (similar name, same date of birth) raises {@link PossibleDuplicate}
	 * unless {@code confirmedNewPersons}.
	 */
	@Transactional
	public HouseholdView register(GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate,
			List<NewMember> members, boolean confirmedNewPersons) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		scope.require(gemeente);
		List<Member> entered = members.stream().map(NewMember::toMember).toList();
		checkCountries(entered);
		checkDuplicates(entered, confirmedNewPersons);
		Household household = households.save(
				Household.register(gemeente, adres, postcode, arrivalDate, scope.actor().id().value(), entered, clock));
		caseload.refresh(household);
		log.record(REGIE, Operation.CREATE, subjects(household));
		return HouseholdView.of(household);
	}

	/**
	 * Registers a household that a published placement brought to {@code gemeente}, for
	 * its intake: the planner's act, within the planner's (regional) scope; where it
	 * lives now stands in for the address. Once per placed household: the household
	 * registered earlier for the same run and candidate is returned as it is, so a
	 * redelivered {@code PlacementPublished} registers nobody twice.
	 */
	@Transactional
	HouseholdView registerPlaced(UUID run, String candidate, GemeenteCode gemeente, String whereNow, LocalDate placedOn,
			List<NewMember> members) {
		AccessScope scope = scoping.scope(Permission.PLACEMENT_PLAN);
		scope.require(gemeente);
		Optional<Household> earlier = jdbc
			.sql("select household_id from inburgering.placement_intake where placement_run = ? and candidate = ?")
			.params(run, candidate)
			.query(UUID.class)
			.optional()
			.flatMap(households::findById);
		if (earlier.isPresent()) {
			return HouseholdView.of(earlier.get());
		}
		List<Member> entered = members.stream().map(NewMember::toMember).toList();
		checkCountries(entered);
		Household household = households.save(Household.announce(gemeente, whereNow, placedOn,
				caseManagerFor(gemeente, scope.actor().id().value()), entered, clock));
		jdbc.sql(
				"insert into inburgering.placement_intake (placement_run, candidate, gemeente, household_id) values (?, ?, ?, ?)")
			.params(run, candidate, gemeente.value(), household.id().value())
			.update();
		caseload.refresh(household);
		log.record(REGIE, Operation.CREATE, subjects(household));
		return HouseholdView.of(household);
	}

	/**
	 * The municipality's case manager with the fewest households (the planner's own
	 * account when it has none).
	 */
	private UUID caseManagerFor(GemeenteCode gemeente, UUID fallback) {
		var candidates = accounts.enabledAccounts(Role.CASE_MANAGER, gemeente);
		if (candidates.isEmpty()) {
			return fallback;
		}
		Map<UUID, Long> load = new HashMap<>();
		jdbc.sql(
				"select case_manager_id, count(*) from inburgering.household where gemeente = ? group by case_manager_id")
			.param(gemeente.value())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.forEach(e -> load.put(e.getKey(), e.getValue()));
		return candidates.stream()
			.map(AccountId::value)
			.min(Comparator.comparingLong((UUID id) -> load.getOrDefault(id, 0L)).thenComparing(UUID::toString))
			.orElse(fallback);
	}

	@Transactional
	public HouseholdView household(HouseholdId id) {
		Household household = scoping.readable(id);
		log.record(REGIE, Operation.READ, subjects(household));
		return HouseholdView.of(household);
	}

	/**
	 * Where a household lives and who its case manager is: what a key person needs for a
	 * home visit; and the member an appointment for the visit is made with (the first
	 * adult, else the first member).
	 */
	public record Visit(HouseholdId household, GemeenteCode gemeente, String adres, String postcode, UUID caseManagerId,
			UUID contactPersonId, String contactVoornaam) {
	}

	/**
	 * The address and case manager of a household for someone whose task there the
	 * calling module has established (a key person's accepted home visit), within the
	 * caller's row-level security. The read is logged under {@code activity} like every
	 * read of personal data.
	 */
	@Transactional
	public Optional<Visit> visitFor(HouseholdId id, ProcessingActivity activity) {
		LocalDate adultBorn = LocalDate.now(clock).minusYears(18);
		Optional<Visit> visit = households.findById(id.value()).map(h -> {
			Member contact = h.members()
				.stream()
				.filter(m -> !m.geboortedatum().isAfter(adultBorn))
				.findFirst()
				.orElse(h.members().getFirst());
			return new Visit(h.id(), h.gemeente(), h.adres(), h.postcode(), h.caseManagerId(), contact.personId(),
					contact.voornaam());
		});
		visit.ifPresent(v -> log.record(activity, Operation.READ, DataSubject.household(id.value())));
		return visit;
	}

	@Transactional
	public HouseholdView addMember(HouseholdId id, long expectedVersion, NewMember member, boolean confirmedNewPerson) {
		Household household = scoping.household(id, scoping.scope(Permission.HOUSEHOLD_WRITE));
		household.expectVersion(expectedVersion);
		Member entered = member.toMember();
		checkCountries(List.of(entered));
		checkDuplicates(List.of(entered), confirmedNewPerson);
		Member added = household.addMember(entered);
		household = households.save(household);
		log.record(REGIE, Operation.CREATE, DataSubject.person(added.personId()));
		return HouseholdView.of(household);
	}

	/** Households per municipality of the region: figures only, no persons. */
	@Transactional(readOnly = true)
	public Map<GemeenteCode, Long> householdsPerGemeente() {
		// Figures cover the whole region for every role that may see figures; they name
		// no one.
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		Map<GemeenteCode, Long> counts = new LinkedHashMap<>();
		access.region().gemeenteCodes().forEach(g -> counts.put(g, 0L));
		jdbc.sql("select gemeente, count(*) from inburgering.household group by gemeente")
			.query((rs, n) -> Map.entry(new GemeenteCode(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach(e -> counts.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
		return counts;
	}

	private void checkCountries(List<Member> members) {
		for (Member m : members) {
			for (String country : Arrays.asList(m.geboorteland(), m.nationaliteit())) {
				if (country != null && reference.land(country).isEmpty()) {
					throw new RuleViolation("rule.country.unknown", country);
				}
			}
		}
	}

	/**
	 * Needs a transaction restricted to a scope: duplicates are looked for where the
	 * caller may look.
	 */
	private void checkDuplicates(List<Member> members, boolean confirmed) {
		List<DuplicateCandidate> candidates = new ArrayList<>();
		for (Member m : members) {
			if (m.bsn() != null) {
				jdbc.sql("select household_id from inburgering.household_member where bsn = ?")
					.param(m.bsn())
					.query(UUID.class)
					.optional()
					.ifPresent(h -> {
						throw new BsnRegistered(Bsn.of(m.bsn()).masked(), new HouseholdId(h));
					});
			}
			if (!confirmed) {
				candidates.addAll(duplicates.similarTo(m));
			}
		}
		if (!candidates.isEmpty()) {
			throw new PossibleDuplicate(candidates);
		}
	}

	private static List<DataSubject> subjects(Household household) {
		return household.members().stream().map(m -> DataSubject.person(m.personId())).toList();
	}

}
