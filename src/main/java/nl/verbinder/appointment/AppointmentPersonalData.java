package nl.verbinder.appointment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.PersonalData;
import nl.verbinder.access.PersonalDataRows;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appointment module keeps about one person, for an access request: their
 * appointments, the reminders sent or to be sent for them, and the e-mail address they
 * gave for reminders.
 */
@Component
class AppointmentPersonalData implements PersonalData {

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

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	AppointmentPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("appointment", tables));
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "appointment." + t).collect(Collectors.toUnmodifiableSet());
	}

}
