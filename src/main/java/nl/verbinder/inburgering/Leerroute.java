package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import nl.verbinder.shared.RuleViolation;

/**
 * The learning route of a PIP (Wet inburgering 2021). Each route has different parts and
 * a different language target, so each is its own type: handle them with a
 * {@code switch}, not with flags.
 */
public sealed interface Leerroute permits Leerroute.B1Route, Leerroute.Onderwijsroute, Leerroute.ZRoute {

	/** The parts the person has to complete on this route. */
	Set<Onderdeel> onderdelen();

	/** The Dutch language level the route aims at (CEFR). */
	String taalniveau();

	/**
	 * Whether a dual path (paid work part of the week, education the rest) fits this
	 * route.
	 */
	boolean allowsDualPath();

	/**
	 * Checks whether the route fits the person at the start of the plan; throws if it
	 * does not.
	 */
	default void checkFits(LocalDate birthDate, LocalDate start) {
	}

	String code();

	static Leerroute of(String code) {
		return switch (code) {
			case "B1" -> new B1Route();
			case "ONDERWIJS" -> new Onderwijsroute();
			case "Z" -> new ZRoute();
			default -> throw new RuleViolation("rule.pip.route-unknown", code);
		};
	}

	/** The B1 route: Dutch to B1 with exams, KNM, MAP and PVT; combinable with work. */
	record B1Route() implements Leerroute {

		@Override
		public Set<Onderdeel> onderdelen() {
			return EnumSet.of(Onderdeel.PVT, Onderdeel.MAP, Onderdeel.KNM, Onderdeel.TAALEXAMENS_B1);
		}

		@Override
		public String taalniveau() {
			return "B1";
		}

		@Override
		public boolean allowsDualPath() {
			return true;
		}

		@Override
		public String code() {
			return "B1";
		}
	}

	/**
	 * The education route (onderwijsroute): a programme towards MBO, HBO or university,
	 * with Dutch to B1 inside it. Meant for young people: the person is younger than
	 * {@value #AGE_LIMIT} when the plan starts.
	 */
	record Onderwijsroute() implements Leerroute {

		public static final int AGE_LIMIT = 28;

		@Override
		public Set<Onderdeel> onderdelen() {
			return EnumSet.of(Onderdeel.PVT, Onderdeel.KNM, Onderdeel.ONDERWIJSPROGRAMMA);
		}

		@Override
		public String taalniveau() {
			return "B1";
		}

		@Override
		public boolean allowsDualPath() {
			return true;
		}

		@Override
		public void checkFits(LocalDate birthDate, LocalDate start) {
			if (Period.between(birthDate, start).getYears() >= AGE_LIMIT) {
				throw new RuleViolation("rule.pip.onderwijsroute-age", AGE_LIMIT);
			}
		}

		@Override
		public String code() {
			return "ONDERWIJS";
		}
	}

	/**
	 * The self-reliance route (Z-route) for people for whom B1 is out of reach: about
	 * 1,600 hours of programme towards A1 and self-reliance, with PVT and MAP; no exams.
	 */
	record ZRoute() implements Leerroute {

		public static final int PROGRAMME_HOURS = 1600;

		@Override
		public Set<Onderdeel> onderdelen() {
			return EnumSet.of(Onderdeel.PVT, Onderdeel.MAP, Onderdeel.KNM, Onderdeel.ZELFREDZAAMHEIDSPROGRAMMA);
		}

		@Override
		public String taalniveau() {
			return "A1";
		}

		@Override
		public boolean allowsDualPath() {
			return false;
		}

		@Override
		public String code() {
			return "Z";
		}
	}

}
