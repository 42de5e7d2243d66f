package nl.verbinder.inburgering;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * What the inburgering module keeps about one person, for an access request: their own
 * rows (membership, intakes, plan and its versions, profile, self-assessments, the parts
 * of the obligation they completed or were exempted from, outflow) and those of their
 * household as a whole (address, contact moments and their agreements, contact summary,
 * ontzorging, placement); never another member's own rows. Every row as the table holds
 * it, column by column. It also answers the person's household, for the other modules'
 * parts.
 */
@Component
class PersonFile implements PersonalData {

	private static final String OWN = "(select household_id from inburgering.household_member where person_id = :p)";

	/** Per table, the query of its rows about the person (:p). */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("household", "select to_jsonb(t) from inburgering.household t where t.id in " + OWN);
		q.put("household_member", "select to_jsonb(t) from inburgering.household_member t where t.person_id = :p");
		q.put("intake", "select to_jsonb(t) from inburgering.intake t where t.person_id = :p order by t.id");
		q.put("intake_domain", """
				select to_jsonb(t) from inburgering.intake_domain t
				where t.intake_id in (select id from inburgering.intake where person_id = :p)
				order by t.intake_id, t.position""");
		q.put("pip", "select to_jsonb(t) from inburgering.pip t where t.person_id = :p");
		q.put("pip_version", """
				select to_jsonb(t) from inburgering.pip_version t
				where t.pip_id in (select id from inburgering.pip where person_id = :p) order by t.nummer""");
		q.put("person_profile", "select to_jsonb(t) from inburgering.person_profile t where t.person_id = :p");
		q.put("self_assessment",
				"select to_jsonb(t) from inburgering.self_assessment t where t.person_id = :p order by t.id");
		q.put("afronding",
				"select to_jsonb(t) from inburgering.afronding t where t.person_id = :p order by t.onderdeel");
		q.put("uitstroom", "select to_jsonb(t) from inburgering.uitstroom t where t.person_id = :p order by t.id");
		q.put("contact_moment", "select to_jsonb(t) from inburgering.contact_moment t where t.household_id in " + OWN
				+ " order by t.id");
		q.put("contact_agreement", """
				select to_jsonb(t) from inburgering.contact_agreement t
				where t.contact_moment_id in (select id from inburgering.contact_moment where household_id in %s)
				order by t.contact_moment_id, t.position""".formatted(OWN));
		q.put("household_contact_summary",
				"select to_jsonb(t) from inburgering.household_contact_summary t where t.household_id in " + OWN);
		q.put("ontzorging", "select to_jsonb(t) from inburgering.ontzorging t where t.household_id in " + OWN);
		q.put("placement_intake",
				"select to_jsonb(t) from inburgering.placement_intake t where t.household_id in " + OWN);
		return q;
	}

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	PersonFile(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> householdsOf(UUID person, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		return new LinkedHashSet<>(jdbc.sql("select household_id from inburgering.household_member where person_id = ?")
			.param(person)
			.query(UUID.class)
			.list());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.containsKey("household_member") ? Optional.of(new Part("inburgering", tables)) : Optional.empty();
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "inburgering." + t).collect(Collectors.toUnmodifiableSet());
	}

}
