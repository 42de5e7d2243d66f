package nl.verbinder.appointment;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the appointment module keeps about one person, for an access request: their
 * appointments, the reminders sent or to be sent for them, and the e-mail address they
 * gave for reminders.
 */
@Component
class AppointmentPersonalData extends QueriedPersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("appointment", """
				select to_jsonb(t) from appointment.appointment t where t.person_id = :p order by t.starts_at""");
		q.put("reminder", """
				select to_jsonb(t) from appointment.reminder t
				where t.appointment_id in (select id from appointment.appointment where person_id = :p)""");
		q.put("reminder_address", """
				select to_jsonb(t) from appointment.reminder_address t where t.person_id = :p""");
		return q;
	}

	AppointmentPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("appointment", QUERIES, jdbc, rowLevelSecurity);
	}

}
