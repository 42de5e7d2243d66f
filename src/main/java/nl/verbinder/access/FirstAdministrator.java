package nl.verbinder.access;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a new installation: with
 * {@code verbinder.first-administrator.username} and {@code .password} set (for instance
 * from a secret in the environment), a node that finds no enabled regional administrator
 * opens one at start-up. Once one exists the settings do nothing, so they may stay. Nodes
 * starting together open it once.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final long LOCK = 0x6669727374616468L;

	private final AccountAdministration administration;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final @Nullable String username;

	private final @Nullable String password;

	FirstAdministrator(AccountAdministration administration, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${verbinder.first-administrator.username:#{null}}") @Nullable String username,
			@Value("${verbinder.first-administrator.password:#{null}}") @Nullable String password) {
		this.administration = administration;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username == null || username.isBlank() || password == null) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
			boolean present = jdbc.sql("""
					select exists (select 1 from access.account
					               where role = 'ADMINISTRATOR' and gemeente is null and enabled)""")
				.query(Boolean.class)
				.single();
			if (!present) {
				AccountId id = administration.open(username, username, Role.ADMINISTRATOR, null, password, false);
				logger.info("Opened the first administrator account '{}' ({})", username, id.value());
			}
		});
	}

}
