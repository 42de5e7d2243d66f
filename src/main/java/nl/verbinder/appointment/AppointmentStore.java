package nl.verbinder.appointment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointments in table {@code appointment.appointment}: what is loaded is what is saved,
 * with an optimistic version. The transaction must be restricted to the caller's scope
 * (row-level security).
 */
@Repository
class AppointmentStore {

	private final JdbcClient jdbc;

	AppointmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Appointment> find(AppointmentId id) {
		return jdbc.sql("select * from appointment.appointment where id = ?")
			.param(id.value())
			.query((rs, n) -> map(rs))
			.optional();
	}

	List<Appointment> ofHousehold(HouseholdId household) {
		return jdbc.sql("select * from appointment.appointment where household_id = ? order by starts_at, id")
			.param(household.value())
			.query((rs, n) -> map(rs))
			.list();
	}

	List<Appointment> ofPersons(Collection<UUID> persons) {
		return jdbc.sql("select * from appointment.appointment where person_id = any(?) order by starts_at, id")
			.param(persons.toArray(UUID[]::new))
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Per household of {@code households}, whether an upcoming appointment awaits a new
	 * time the newcomer asked for, or awaits an answer at all.
	 */
	List<HouseholdAnswers> answers(Collection<UUID> households, Instant now) {
		return jdbc.sql("""
				select household_id,
				       count(*) filter (where status = 'ANDER_TIJDSTIP_GEVRAAGD') as other_time,
				       count(*) filter (where status = 'BEVESTIGD') as confirmed,
				       count(*) filter (where status = 'GEPLAND') as waiting
				from appointment.appointment
				where household_id = any(?) and starts_at > ?
				group by household_id""")
			.params(households.toArray(UUID[]::new), Timestamp.from(now))
			.query((rs, n) -> new HouseholdAnswers(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
					rs.getInt(4)))
			.list();
	}

	record HouseholdAnswers(UUID household, int otherTime, int confirmed, int waiting) {
	}

	void insert(Appointment a) {
		jdbc.sql(
				"""
						insert into appointment.appointment (id, household_id, person_id, gemeente, kind, starts_at, minutes,
						  place_kind, location, street, postcode, city, video_link, phone, present, interpreter, key_person,
						  status, reason, answered_at, planned_by, planned_at, version)
						values (:id, :household, :person, :gemeente, :kind, :startsAt, :minutes, :placeKind, :location, :street,
						  :postcode, :city, :videoLink, :phone, :present, :interpreter, :keyPerson, :status, :reason, :answeredAt,
						  :plannedBy, :plannedAt, 0)""")
			.param("id", a.id().value())
			.param("household", a.household().value())
			.param("person", a.personId())
			.param("gemeente", a.gemeente().value())
			.param("kind", a.kind().name())
			.param("startsAt", Timestamp.from(a.startsAt()))
			.param("minutes", a.minutes())
			.params(placeColumns(a.place()))
			.param("present", a.present().toArray(String[]::new))
			.param("interpreter", a.interpreter())
			.param("keyPerson", a.keyPerson())
			.param("status", a.status().name())
			.param("reason", a.reason())
			.param("answeredAt", a.answeredAt() == null ? null : Timestamp.from(a.answeredAt()))
			.param("plannedBy", a.plannedBy())
			.param("plannedAt", Timestamp.from(a.plannedAt()))
			.update();
	}

	/**
	 * The place's columns as named parameters: its kind, and the fields of that kind (the
	 * others' are null).
	 */
	private static Map<String, @Nullable Object> placeColumns(Place place) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("placeKind", place.kind());
		columns.put("location", place instanceof Place.AtAddress p ? p.location() : null);
		columns.put("street", place instanceof Place.AtAddress p ? p.street() : null);
		columns.put("postcode", place instanceof Place.AtAddress p ? p.postcode() : null);
		columns.put("city", place instanceof Place.AtAddress p ? p.city() : null);
		columns.put("videoLink", place instanceof Place.Video v ? v.link() : null);
		columns.put("phone", place instanceof Place.Phone p ? p.number() : null);
		return columns;
	}

	/**
	 * Saves what changed: time, place, status and answer; refused if another change came
	 * first.
	 */
	void update(Appointment a) {
		int updated = jdbc
			.sql("""
					update appointment.appointment set starts_at = :startsAt, minutes = :minutes, place_kind = :placeKind,
					  location = :location, street = :street, postcode = :postcode, city = :city, video_link = :videoLink,
					  phone = :phone, status = :status, reason = :reason, answered_at = :answeredAt, moved_from = :movedFrom,
					  version = version + 1
					where id = :id and version = :version""")
			.param("startsAt", Timestamp.from(a.startsAt()))
			.param("minutes", a.minutes())
			.params(placeColumns(a.place()))
			.param("status", a.status().name())
			.param("reason", a.reason())
			.param("answeredAt", a.answeredAt() == null ? null : Timestamp.from(a.answeredAt()))
			.param("movedFrom", a.movedFrom() == null ? null : Timestamp.from(a.movedFrom()))
			.param("id", a.id().value())
			.param("version", a.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Appointment " + a.id() + " was changed meanwhile");
		}
	}

	private static Appointment map(ResultSet rs) throws SQLException {
		Place place = switch (rs.getString("place_kind")) {
			case "ADRES" -> new Place.AtAddress(rs.getString("location"), rs.getString("street"),
					rs.getString("postcode"), rs.getString("city"));
			case "VIDEO" -> new Place.Video(rs.getString("video_link"));
			default -> new Place.Phone(rs.getString("phone"));
		};
		Array present = rs.getArray("present");
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		Timestamp movedFrom = rs.getTimestamp("moved_from");
		return new Appointment(new AppointmentId(rs.getObject("id", UUID.class)),
				new HouseholdId(rs.getObject("household_id", UUID.class)), rs.getObject("person_id", UUID.class),
				new GemeenteCode(rs.getString("gemeente")), Appointment.Kind.valueOf(rs.getString("kind")),
				rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), place,
				Arrays.asList((String[]) present.getArray()), rs.getBoolean("interpreter"), rs.getBoolean("key_person"),
				Appointment.Status.valueOf(rs.getString("status")), rs.getString("reason"),
				answeredAt == null ? null : answeredAt.toInstant(), movedFrom == null ? null : movedFrom.toInstant(),
				rs.getObject("planned_by", UUID.class), rs.getTimestamp("planned_at").toInstant(),
				rs.getLong("version"));
	}

}
