package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of every module's schema that holds a person or a household (a
 * {@code person_id} or {@code household_id} column, walked from the database's catalogue)
 * is in the access request's export (some module's {@link PersonalData} answers from it)
 * or named below with the reason it is not, so that a new table is not forgotten.
 */
@VerbinderIntegrationTest
class PersonalDataCatalogueIntegrationTests {

	/**
	 * Tables with a person or household that no module's {@link PersonalData} exports,
	 * each with its reason. None today.
	 */
	static final Map<String, String> NOT_EXPORTED = Map.of();

	@Autowired
	List<PersonalData> modules;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTableWithAPersonOrHouseholdIsExportedOrNamedWithAReason() {
		Set<String> exported = modules.stream()
			.flatMap(m -> m.tables().stream())
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> withPerson = tablesWithAPersonOrHousehold(jdbc);
		assertThat(withPerson).as("the catalogue finds the tables").contains("inburgering.household_member");

		Set<String> missing = new TreeSet<>(withPerson);
		missing.removeAll(exported);
		missing.removeAll(NOT_EXPORTED.keySet());
		assertThat(missing).as("tables with a person or household that no module exports").isEmpty();

		Set<String> all = allTables(jdbc);
		assertThat(exported).as("every exported table exists").isSubsetOf(all);
		assertThat(NOT_EXPORTED.keySet()).as("every table named as not exported exists").isSubsetOf(all);
	}

	@Test
	void everyExportedTableAndColumnHasAReadableNameInDutchAndEnglish() throws Exception {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			var keys = new java.util.Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			Set<String> missing = new TreeSet<>();
			for (PersonalData module : modules) {
				for (String table : module.tables()) {
					if (!keys.containsKey("personal-data.part." + table)) {
						missing.add("personal-data.part." + table);
					}
					String[] name = table.split("\\.");
					jdbc.sql("""
							select column_name from information_schema.columns
							where table_schema = ? and table_name = ?""")
						.params(name[0], name[1])
						.query(String.class)
						.list()
						.stream()
						.filter(c -> !keys.containsKey("personal-data.field." + c))
						.forEach(c -> missing.add("personal-data.field." + c));
				}
			}
			assertThat(missing).as("names missing in " + bundle).isEmpty();
		}
	}

	/** Every table of a module's schema with a person_id or household_id column. */
	static Set<String> tablesWithAPersonOrHousehold(JdbcClient jdbc) {
		return new TreeSet<>(jdbc.sql("""
				select distinct c.table_schema || '.' || c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_type = 'BASE TABLE' and c.column_name in ('person_id', 'household_id')
				  and c.table_schema not in ('pg_catalog', 'information_schema', 'public')""")
			.query(String.class)
			.list());
	}

	private static Set<String> allTables(JdbcClient jdbc) {
		return new TreeSet<>(jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE'""").query(String.class).list());
	}

}
