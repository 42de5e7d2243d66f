package nl.verbinder.appointment;

import java.util.List;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, its
 * appointments go, with their reminders, and the e-mail addresses its members gave for
 * reminders. Idempotent: a second delivery finds nothing and records nothing.
 */
@Component
class AppointmentDestruction {

	/** The actor's name in the processing log. */
	private static final String TASK = "verbinder.vernietiging";

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from appointment.reminder where appointment_id in (select id from appointment.appointment where household_id = :h or person_id = any (:p))",
			"delete from appointment.appointment where household_id = :h or person_id = any (:p)",
			"delete from appointment.reminder_address where person_id = any (:p)");

	private final BackgroundWork background;

	private final HouseholdDataDestruction destruction;

	AppointmentDestruction(BackgroundWork background, HouseholdDataDestruction destruction) {
		this.background = background;
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		GemeenteCode gemeente = new GemeenteCode(destroyed.gemeente());
		background.callAsSystem(TASK, gemeente, () -> {
			return destruction.destroy(gemeente, destroyed.householdId(), destroyed.personIds(), DELETES,
					Appointments.APPOINTMENTS, "appointment.household-data");
		});
	}

}
