package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.HouseholdId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers reported of each person's attendance, without names, for rules that
 * watch whether anyone falls behind: per person the lessons attended and missed per
 * reported day (a lesson, or a week of lessons on its first day) and the first day each
 * workshop theme was attended. Set-based over the caller's scope, or for one household;
 * within the row-level security of the caller's transaction.
 */
@Service
public class AttendanceFacts {

	/** Lessons attended and missed on one reported day (or in the week it starts). */
	public record Lessons(LocalDate datum, int aanwezig, int afwezig) {
	}

	/**
	 * One person's attendance over all their participations: the first day anything was
	 * reported (lessons or a workshop, attended or missed), lessons in date order, and
	 * per workshop theme the first day it was attended (a theme only missed is absent).
	 */
	public record PersonAttendance(UUID personId, LocalDate firstReported, List<Lessons> lessons,
			Map<Aanwezigheid.Workshopthema, LocalDate> workshops) {

		public PersonAttendance {
			lessons = List.copyOf(lessons);
			workshops = Map.copyOf(workshops);
		}

		/** Lessons attended on or before {@code day}. */
		public int lessonsAttendedBy(LocalDate day) {
			return lessons.stream().filter(l -> !l.datum().isAfter(day)).mapToInt(Lessons::aanwezig).sum();
		}

		/** The workshop themes attended on or before {@code day}. */
		public List<Aanwezigheid.Workshopthema> themesAttendedBy(LocalDate day) {
			return workshops.entrySet()
				.stream()
				.filter(e -> !e.getValue().isAfter(day))
				.map(Map.Entry::getKey)
				.toList();
		}
	}

	private final InkoopAccess access;

	private final JdbcClient jdbc;

	AttendanceFacts(InkoopAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The attendance of every person in the caller's scope who has any, per household.
	 */
	@Transactional
	public Map<HouseholdId, List<PersonAttendance>> inScope() {
		return facts(null);
	}

	/** The attendance of the members of one household in the caller's scope. */
	@Transactional
	public Map<HouseholdId, List<PersonAttendance>> of(HouseholdId household) {
		return facts(household.value());
	}

	private Map<HouseholdId, List<PersonAttendance>> facts(@Nullable UUID only) {
		AccessScope scope = access.restrict(Permission.HOUSEHOLD_READ);
		Map<UUID, UUID> householdOf = new HashMap<>();
		Map<UUID, LocalDate> first = new HashMap<>();
		Map<UUID, List<Lessons>> lessons = new HashMap<>();
		Map<UUID, Map<Aanwezigheid.Workshopthema, LocalDate>> workshops = new HashMap<>();
		if (scope.gemeenteCodes().length == 0) {
			return Map.of();
		}
		jdbc.sql("""
				select d.household_id, d.person_id, a.datum, a.soort, a.thema,
				       sum(a.aanwezig) as aanwezig, sum(a.afwezig) as afwezig
				from inkoop.aanwezigheid a join inkoop.deelname d on d.id = a.deelname_id
				where d.gemeente = any(:gemeenten) and (cast(:only as uuid) is null or d.household_id = :only)
				group by d.household_id, d.person_id, a.datum, a.soort, a.thema
				order by d.person_id, a.datum""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("only", only)
			.query(rs -> {
				UUID person = rs.getObject("person_id", UUID.class);
				householdOf.put(person, rs.getObject("household_id", UUID.class));
				LocalDate day = rs.getObject("datum", LocalDate.class);
				first.putIfAbsent(person, day);
				int attended = rs.getInt("aanwezig");
				if ("LES".equals(rs.getString("soort"))) {
					lessons.computeIfAbsent(person, p -> new ArrayList<>())
						.add(new Lessons(day, attended, rs.getInt("afwezig")));
				}
				else if (attended > 0) {
					workshops.computeIfAbsent(person, p -> new EnumMap<>(Aanwezigheid.Workshopthema.class))
						.putIfAbsent(Aanwezigheid.Workshopthema.valueOf(rs.getString("thema")), day);
				}
			});
		Map<HouseholdId, List<PersonAttendance>> facts = new HashMap<>();
		householdOf
			.forEach((person, household) -> facts.computeIfAbsent(new HouseholdId(household), h -> new ArrayList<>())
				.add(new PersonAttendance(person, first.get(person), lessons.getOrDefault(person, List.of()),
						workshops.getOrDefault(person, Map.of()))));
		return facts;
	}

}
