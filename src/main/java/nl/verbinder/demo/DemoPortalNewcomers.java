package nl.verbinder.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.portal.Invitations;
import nl.verbinder.portal.Questions;
import nl.verbinder.shared.DutchTime;
import org.springframework.stereotype.Component;

/**
 * Portal newcomers among the generated trajectories, for load tests of the portal: each
 * has a plan in force with a contracted route, attendance at the language school, two
 * appointments in the coming weeks (a plan talk by video and a visit to the school) and
 * an open question; the account is activated with the demo password. Login names are
 * {@code nieuwkomer.00001}, {@code nieuwkomer.00002} and so on (see
 * {@link #username(int)}), in the order of generation.
 */
@Component
class DemoPortalNewcomers {

	private static final List<String> LANGUAGES = List.of("ar", "ti", "uk", "fa", "prs", "so", "tr", "nl", "en", "ru",
			"ps", "kmr");

	private static final Place SCHOOL = new Place.AtAddress("Taalschool Graafschap", "Terborgseweg 10", "7005 AB",
			"Doetinchem");

	private final BackgroundWork background;

	private final Invitations invitations;

	private final Appointments appointments;

	private final Questions questions;

	private final DemoAccounts accounts;

	DemoPortalNewcomers(BackgroundWork background, Invitations invitations, Appointments appointments,
			Questions questions, DemoAccounts accounts) {
		this.background = background;
		this.invitations = invitations;
		this.appointments = appointments;
		this.questions = questions;
		this.accounts = accounts;
	}

	/** The login name of the {@code n}th generated portal newcomer (from 1). */
	static String username(int n) {
		return "nieuwkomer.%05d".formatted(n);
	}

	/**
	 * Opens portal accounts for {@code count} of the {@code planned} newcomers, spread
	 * evenly over them; returns how many.
	 */
	int open(Random random, List<DemoTrajectories.Planned> planned, int count, LocalDate today, String password) {
		int wanted = Math.min(count, planned.size());
		List<String> codes = new ArrayList<>();
		for (int n = 0; n < wanted; n++) {
			DemoTrajectories.Planned p = planned.get((int) ((long) n * planned.size() / wanted));
			String username = username(n + 1);
			String language = LANGUAGES.get(n % LANGUAGES.size());
			int day = 1 + random.nextInt(10);
			String caseManager = accounts.caseManagerOf(p.household().gemeente());
			codes.add(background.callAs(caseManager, () -> {
				var household = p.household().id();
				appointments.plan(household,
						new Appointment.Plan(p.personId(), Appointment.Kind.PLAN, at(today.plusDays(day), 10, 0), 30,
								new Place.Video("https://video.verbinder.example/" + caseManager), List.of("Consulent"),
								false, false));
				appointments.plan(household, new Appointment.Plan(p.personId(), Appointment.Kind.ORGANISATIE,
						at(today.plusDays(day + 7), 13, 30), 60, SCHOOL, List.of("Docent B1-route"), true, false));
				return invitations.invite(household, p.personId(), language, username).code();
			}));
		}
		for (int n = 0; n < codes.size(); n++) {
			invitations.activateDemo(codes.get(n), password);
			background.runAs(username(n + 1),
					() -> questions.ask("Kan ik de lessen van volgende week ook op een andere dag volgen?"));
		}
		return codes.size();
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day, LocalTime.of(hour, minute), DutchTime.ZONE).toInstant();
	}

}
