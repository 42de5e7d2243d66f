package nl.verbinder.access;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The database's own check of municipality scope. Tables with personal data carry a
 * row-level security policy that shows only rows of the municipalities in the
 * transaction-local setting {@code verbinder.gemeenten}; {@link #restrictTo(AccessScope)}
 * sets it from a scope that {@link AccessControl} granted. Without it, such tables show
 * nothing. The setting {@code verbinder.huishoudens} names the one household an emergency
 * access opens besides (empty otherwise); the household-level tables' policies admit its
 * rows too.
 */
@Service
public class RowLevelSecurity {

	private static final Logger log = LoggerFactory.getLogger(RowLevelSecurity.class);

	private final JdbcClient jdbc;

	RowLevelSecurity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Limits the current transaction to the scope's municipalities. Needs an active
	 * transaction.
	 */
	public void restrictTo(AccessScope scope) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Row-level security is set per transaction; none is active");
		}
		jdbc.sql("select set_config('verbinder.gemeenten', ?, true), set_config('verbinder.huishoudens', ?, true)")
			.params(String.join(",", Arrays.asList(scope.gemeenteCodes())),
					String.join(",", Arrays.asList(scope.householdIds())))
			.query()
			.singleRow();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenBypassed() {
		boolean bypassed = jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single();
		if (bypassed) {
			log.warn("The database user is a superuser or has BYPASSRLS: row-level security does not apply. "
					+ "Connect as an ordinary role that owns the schema.");
		}
	}

}
