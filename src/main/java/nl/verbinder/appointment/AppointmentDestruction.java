package nl.verbinder.appointment;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, its
 * appointments go, with their reminders, and the e-mail addresses its members gave for
 * reminders. Idempotent: a second delivery finds nothing and records nothing.
 */
@Component
class AppointmentDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from appointment.reminder where appointment_id in (select id from appointment.appointment where household_id = :h or person_id = any (:p))",
			"delete from appointment.appointment where household_id = :h or person_id = any (:p)",
			"delete from appointment.reminder_address where person_id = any (:p)");

	private final HouseholdDataDestruction destruction;

	AppointmentDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				Appointments.APPOINTMENTS, "appointment.household-data");
	}

}
