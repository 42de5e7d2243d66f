package nl.verbinder.inburgering;

import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.access.SubjectDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds household members by BSN or name for the administrator's processing log, within
 * the scope access granted (and row-level security restricted to it). The caller logs
 * what it shows.
 */
@Component
class PersonDirectory implements SubjectDirectory {

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	PersonDirectory(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnownSubject> find(String query, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		String digits = query.replaceAll("[\\s.-]", "");
		boolean bsn = digits.matches("\\d{8,9}");
		String match = bsn ? "m.bsn = ?" : "lower(m.voornaam || ' ' || m.achternaam) like ? escape '\\'";
		String sql = "select m.person_id, m.voornaam, m.achternaam, m.geboortedatum"
				+ " from inburgering.household_member m join inburgering.household h on h.id = m.household_id"
				+ " where h.gemeente = any (?) and " + match
				+ " order by m.achternaam, m.voornaam, m.geboortedatum limit ?";
		Object term = bsn ? (digits.length() == 8 ? "0" + digits : digits)
				: "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
		return jdbc.sql(sql)
			.params(scope.gemeenteCodes(), term, LIMIT)
			.query((rs, n) -> new KnownSubject(DataSubject.person(rs.getObject(1, UUID.class)),
					rs.getString(2) + " " + rs.getString(3), rs.getDate(4).toLocalDate()))
			.list();
	}

	@Override
	public boolean keeps(String subjectType) {
		return DataSubject.PERSON.equals(subjectType) || DataSubject.HOUSEHOLD.equals(subjectType);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean within(DataSubject subject, AccessScope scope) {
		UUID id;
		try {
			id = UUID.fromString(subject.id());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		rowLevelSecurity.restrictTo(scope);
		String sql = DataSubject.PERSON.equals(subject.type())
				? "select exists (select 1 from inburgering.household_member m join inburgering.household h"
						+ " on h.id = m.household_id where m.person_id = ? and h.gemeente = any (?))"
				: "select exists (select 1 from inburgering.household h where h.id = ? and h.gemeente = any (?))";
		return jdbc.sql(sql).params(id, scope.gemeenteCodes()).query(Boolean.class).single();
	}

}
