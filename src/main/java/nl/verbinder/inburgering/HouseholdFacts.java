package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a household's follow-up, without names: when it was registered and
 * moved into the municipality, its last contact moment, the earliest due date of its open
 * agreements, whether any member has an established PIP, when the first learning activity
 * of any member's plan started, whether a transition agreement for a young person turning
 * 18 was made, and per member the facts that rules about one person need. Read by rules
 * that watch whether anyone drops out of view.
 *
 * @param arrivalDate the day the household moved into the municipality
 * @param firstActivityStart the earliest start of an activity that runs or ran in the
 * newest version of any member's plan; null when nothing started
 * @param transitionAgreement whether an agreement of kind {@code OVERGANG_18} was ever
 * made with the household
 * @param ontzorging the household's financial unburdening; null when never arranged
 */
public record HouseholdFacts(HouseholdId id, GemeenteCode gemeente, LocalDate registeredOn, LocalDate arrivalDate,
		@Nullable LocalDate lastContact, @Nullable LocalDate earliestOpenDeadline, boolean pipEstablished,
		@Nullable LocalDate firstActivityStart, boolean transitionAgreement, List<MemberFacts> members,
		@Nullable Ontzorging ontzorging) {

	public HouseholdFacts {
		members = List.copyOf(members);
	}

	/** The facts of a household whose financial unburdening was never arranged. */
	public HouseholdFacts(HouseholdId id, GemeenteCode gemeente, LocalDate registeredOn, LocalDate arrivalDate,
			@Nullable LocalDate lastContact, @Nullable LocalDate earliestOpenDeadline, boolean pipEstablished,
			@Nullable LocalDate firstActivityStart, boolean transitionAgreement, List<MemberFacts> members) {
		this(id, gemeente, registeredOn, arrivalDate, lastContact, earliestOpenDeadline, pipEstablished,
				firstActivityStart, transitionAgreement, members, null);
	}

	/** The facts of the follow-up that existed before per-member facts: none of those. */
	public HouseholdFacts(HouseholdId id, GemeenteCode gemeente, LocalDate registeredOn,
			@Nullable LocalDate lastContact, @Nullable LocalDate earliestOpenDeadline, boolean pipEstablished) {
		this(id, gemeente, registeredOn, registeredOn, lastContact, earliestOpenDeadline, pipEstablished, null, false,
				List.of());
	}

	/**
	 * One member's facts: role, birth date, first broad intake, the status of the newest
	 * version of their plan (null without a plan), whether a version was ever
	 * established, the last contact moment at which they were named as present, and the
	 * learning route and the end of the integration term of the plan in force (both null
	 * without an established plan).
	 *
	 * @param leerroute the code of the route of the plan in force ({@link Leerroute#of})
	 * @param termEnd the end of the plan in force's term, extensions included
	 * ({@link Inburgeringstermijn#einde()})
	 * @param afgerond the parts the case manager recorded as completed outside a
	 * purchased trajectory ({@link Afronding}), with their days
	 */
	public record MemberFacts(UUID personId, Gezinsrol gezinsrol, LocalDate geboortedatum,
			@Nullable LocalDate firstIntake, @Nullable String planStatus, boolean planEstablished,
			@Nullable LocalDate lastOwnContact, @Nullable String leerroute, @Nullable LocalDate termEnd,
			Map<Onderdeel, LocalDate> afgerond) {

		public MemberFacts {
			afgerond = Map.copyOf(afgerond);
		}

		/** A member with a plan in force and nothing completed outside a trajectory. */
		public MemberFacts(UUID personId, Gezinsrol gezinsrol, LocalDate geboortedatum, @Nullable LocalDate firstIntake,
				@Nullable String planStatus, boolean planEstablished, @Nullable LocalDate lastOwnContact,
				@Nullable String leerroute, @Nullable LocalDate termEnd) {
			this(personId, gezinsrol, geboortedatum, firstIntake, planStatus, planEstablished, lastOwnContact,
					leerroute, termEnd, Map.of());
		}

		/**
		 * Whether the case manager recorded the part as completed (passed or exempted) on
		 * or before {@code day}.
		 */
		public boolean completed(Onderdeel onderdeel, LocalDate day) {
			LocalDate on = afgerond.get(onderdeel);
			return on != null && !on.isAfter(day);
		}

		/** A member without a plan in force. */
		public MemberFacts(UUID personId, Gezinsrol gezinsrol, LocalDate geboortedatum, @Nullable LocalDate firstIntake,
				@Nullable String planStatus, boolean planEstablished, @Nullable LocalDate lastOwnContact) {
			this(personId, gezinsrol, geboortedatum, firstIntake, planStatus, planEstablished, lastOwnContact, null,
					null);
		}

		/** The learning route of the plan in force; empty without one. */
		public Optional<Leerroute> routeInForce() {
			return leerroute == null ? Optional.empty() : Optional.of(Leerroute.of(leerroute));
		}

		/** The day this member turns {@code years} old (29 February: 1 March). */
		public LocalDate turns(int years) {
			LocalDate day = geboortedatum.plusYears(years);
			return day.getDayOfMonth() < geboortedatum.getDayOfMonth() ? day.plusDays(1) : day;
		}

		/**
		 * Whether the newest version of the plan is still a draft (concept or discussed).
		 */
		public boolean planIsDraft() {
			return planStatus != null && !"VASTGESTELD".equals(planStatus) && !planEstablished;
		}
	}

}
