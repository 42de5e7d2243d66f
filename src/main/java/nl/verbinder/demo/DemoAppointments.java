package nl.verbinder.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.appointment.AppointmentId;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.OwnAppointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.portal.Invitations;
import nl.verbinder.portal.Portal;
import nl.verbinder.shared.DutchTime;
import org.springframework.stereotype.Component;

/**
 * Appointments of the two demo newcomers, planned by their case manager in Doetinchem:
 * Amina confirmed a talk at the town hall (with an interpreter) and has a key person's
 * visit for her son awaiting her answer, and gave an address for reminders; Tesfay asked
 * another time for a video talk about his plan and has an appointment at the college,
 * which the case manager moved a day later (the portal shows it as moved).
 */
@Component
class DemoAppointments {

	private static final Place TOWN_HALL = new Place.AtAddress("Stadhuis Doetinchem, balie 3", "Raadhuisstraat 2",
			"7001 EW", "Doetinchem");

	private final BackgroundWork background;

	private final Appointments appointments;

	private final OwnAppointments own;

	private final OwnFile ownFile;

	private final Invitations invitations;

	DemoAppointments(BackgroundWork background, Appointments appointments, OwnAppointments own, OwnFile ownFile,
			Invitations invitations) {
		this.background = background;
		this.appointments = appointments;
		this.own = own;
		this.ownFile = ownFile;
		this.invitations = invitations;
	}

	void load(LocalDate today) {
		UUID amina = background.callAs(DemoNewcomers.AMINA, invitations::personOfCurrentNewcomer);
		UUID tesfay = background.callAs(DemoNewcomers.TESFAY, invitations::personOfCurrentNewcomer);
		OwnFile.Family aminas = background.callAs(DemoNewcomers.AMINA, () -> ownFile.family(amina, Portal.OWN_ACCESS));
		HouseholdId tesfays = background.callAs(DemoNewcomers.TESFAY,
				() -> ownFile.family(tesfay, Portal.OWN_ACCESS).household());
		UUID omar = aminas.minorChildren().getFirst().personId();
		var planned = background.callAs(DemoNewcomers.CASE_MANAGER,
				() -> List.of(
						appointments.plan(
								aminas.household(),
								new Appointment.Plan(amina, Appointment.Kind.GESPREK, at(today.plusDays(2), 10, 0), 45,
										TOWN_HALL, List.of("Consulent Doetinchem", "Tolk Arabisch"), true, false)),
						appointments.plan(aminas.household(),
								new Appointment.Plan(omar, Appointment.Kind.SLEUTELPERSOON,
										at(today.plusDays(5), 15, 30), 60,
										new Place.AtAddress("", "Grutbroek 14", "7006 AB", "Doetinchem"),
										List.of("Sleutelpersoon"), false, true)),
						appointments.plan(tesfays,
								new Appointment.Plan(tesfay, Appointment.Kind.PLAN, at(today.plusDays(3), 11, 0), 30,
										new Place.Video("https://video.verbinder.example/consulent-doetinchem"),
										List.of("Consulent Doetinchem"), false, false)),
						appointments.plan(tesfays,
								new Appointment.Plan(tesfay, Appointment.Kind.ORGANISATIE,
										at(today.plusDays(9), 13, 30), 60, new Place.AtAddress("Graafschap College",
												"J.F. Kennedylaan 49", "7001 EA", "Doetinchem"),
										List.of("Studieloopbaanbegeleider"), false, false))));
		AppointmentView townHall = planned.get(0);
		AppointmentView video = planned.get(2);
		AppointmentView college = planned.get(3);
		background.runAs(DemoNewcomers.CASE_MANAGER, () -> appointments.reschedule(tesfays,
				new AppointmentId(college.id()), at(today.plusDays(10), 14, 0), 60, null, college.versie()));
		background.runAs(DemoNewcomers.AMINA, () -> {
			own.confirm(amina, townHall.id(), townHall.versie(), Portal.OWN_ACCESS);
			own.giveReminderAddress(amina, "amina@example.org", "ar", Portal.OWN_ACCESS);
		});
		background.runAs(DemoNewcomers.TESFAY, () -> own.askForAnotherTime(tesfay, video.id(), video.versie(),
				"Dan heb ik les op het Graafschap College. Kan het na vier uur?", Portal.OWN_ACCESS));
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day, LocalTime.of(hour, minute), DutchTime.ZONE).toInstant();
	}

}
