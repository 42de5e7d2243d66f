package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself refuses households outside the transaction's municipality scope, so
 * code that forgets the check in {@link Inburgering} still sees nothing.
 */
@VerbinderIntegrationTest
class RowLevelSecurityIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void withoutAScopeNoHouseholdOrMemberIsVisible() {
		Long households = transactions
			.execute(s -> jdbc.sql("select count(*) from inburgering.household").query(Long.class).single());
		assertThat(households).isZero();
		assertThat(jdbc.sql("select count(*) from inburgering.household_member").query(Long.class).single()).isZero();
	}

	@Test
	void aScopeShowsOnlyItsMunicipalities() {
		List<String> gemeenten = transactions.execute(s -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM0197', true)").query().singleValue();
			return jdbc.sql("select distinct gemeente from inburgering.household").query(String.class).list();
		});
		assertThat(gemeenten).containsExactly("GM0197");
	}

	@Test
	void aScopeRefusesToWriteInAnotherMunicipality() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM0197', true)").query().singleValue();
			jdbc.sql("""
					insert into inburgering.household (id, gemeente, adres, postcode, arrival_date, case_manager_id,
					  registered_at, version)
					values (?, 'GM0294', 'Markt 1', '7101 AA', current_date, ?, now(), 0)""")
				.params(UUID.randomUUID(), UUID.randomUUID())
				.update();
		})).hasStackTraceContaining("violates row-level security policy");
	}

}
