package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@VerbinderIntegrationTest
class FirstAdministratorIntegrationTests {

	@Autowired
	AccountAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void opensTheFirstAdministratorOnlyWhenThereIsNone() {
		var first = new FirstAdministrator(administration, jdbc, transactions, "beheer.eerste", "a-long-enough-secret");
		// The demo region has its administrator: nothing is opened.
		first.run(null);
		assertThat(count("beheer.eerste")).isZero();

		transactions.executeWithoutResult(status -> {
			// A new installation: no regional administrator yet (undone after the test).
			jdbc.sql("update access.account set enabled = false where role = 'ADMINISTRATOR' and gemeente is null")
				.update();
			first.run(null);
			first.run(null);
			assertThat(count("beheer.eerste")).isOne();
			assertThat(jdbc.sql("select role from access.account where username = 'beheer.eerste'")
				.query(String.class)
				.single()).isEqualTo("ADMINISTRATOR");
			status.setRollbackOnly();
		});
	}

	private int count(String username) {
		return jdbc.sql("select count(*) from access.account where username = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

}
