package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Onderdeel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which parts of the integration obligation each person completed, as providers reported
 * them in their results ({@link Resultaat}), without names, for rules that watch the
 * integration term: per person the first day each kind of result was passed. Set-based
 * over the caller's scope, or for one household; within the row-level security of the
 * caller's transaction.
 */
@Service
public class ResultFacts {

	/** The exam parts that together are the language exams at B1. */
	private static final Set<Resultaat.Soort> LANGUAGE_EXAMS = Set.of(Resultaat.Soort.LEZEN, Resultaat.Soort.LUISTEREN,
			Resultaat.Soort.SCHRIJVEN, Resultaat.Soort.SPREKEN);

	/**
	 * The parts a reported result can complete; programmes have no result of their own.
	 */
	public static final Set<Onderdeel> JUDGED = Set.of(Onderdeel.PVT, Onderdeel.MAP, Onderdeel.KNM,
			Onderdeel.TAALEXAMENS_B1);

	/**
	 * One person's results that were passed: per kind the first day it was passed (a kind
	 * only failed is absent).
	 */
	public record PersonResults(UUID personId, Map<Resultaat.Soort, LocalDate> passed) {

		public PersonResults {
			passed = Map.copyOf(passed);
		}

		/**
		 * Whether the part was completed on or before {@code day}: PVT, MAP and KNM by a
		 * passed result of that kind, the language exams at B1 by all four of their parts
		 * passed. A part no result can complete ({@link #JUDGED}) is never completed.
		 */
		public boolean completed(Onderdeel onderdeel, LocalDate day) {
			return switch (onderdeel) {
				case PVT -> passedBy(Resultaat.Soort.PVT, day);
				case MAP -> passedBy(Resultaat.Soort.MAP, day);
				case KNM -> passedBy(Resultaat.Soort.KNM, day);
				case TAALEXAMENS_B1 -> LANGUAGE_EXAMS.stream().allMatch(s -> passedBy(s, day));
				case ONDERWIJSPROGRAMMA, ZELFREDZAAMHEIDSPROGRAMMA -> false;
			};
		}

		private boolean passedBy(Resultaat.Soort soort, LocalDate day) {
			LocalDate on = passed.get(soort);
			return on != null && !on.isAfter(day);
		}
	}

	private final InkoopAccess access;

	private final JdbcClient jdbc;

	ResultFacts(InkoopAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The passed results of every person in the caller's scope who has any, per
	 * household.
	 */
	@Transactional
	public Map<HouseholdId, List<PersonResults>> inScope() {
		return facts(null);
	}

	/** The passed results of the members of one household in the caller's scope. */
	@Transactional
	public Map<HouseholdId, List<PersonResults>> of(HouseholdId household) {
		return facts(household.value());
	}

	private Map<HouseholdId, List<PersonResults>> facts(@Nullable UUID only) {
		AccessScope scope = access.restrict(Permission.HOUSEHOLD_READ);
		if (scope.gemeenteCodes().length == 0) {
			return Map.of();
		}
		Map<UUID, UUID> householdOf = new HashMap<>();
		Map<UUID, Map<Resultaat.Soort, LocalDate>> passed = new HashMap<>();
		jdbc.sql("""
				select d.household_id, d.person_id, r.soort, min(r.datum) as datum
				from inkoop.resultaat r join inkoop.deelname d on d.id = r.deelname_id
				where r.behaald and d.gemeente = any(:gemeenten)
				  and (cast(:only as uuid) is null or d.household_id = :only)
				group by d.household_id, d.person_id, r.soort""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("only", only)
			.query(rs -> {
				UUID person = rs.getObject("person_id", UUID.class);
				householdOf.put(person, rs.getObject("household_id", UUID.class));
				passed.computeIfAbsent(person, p -> new EnumMap<>(Resultaat.Soort.class))
					.put(Resultaat.Soort.valueOf(rs.getString("soort")), rs.getObject("datum", LocalDate.class));
			});
		Map<HouseholdId, List<PersonResults>> facts = new HashMap<>();
		householdOf
			.forEach((person, household) -> facts.computeIfAbsent(new HouseholdId(household), h -> new ArrayList<>())
				.add(new PersonResults(person, passed.get(person))));
		return facts;
	}

}
