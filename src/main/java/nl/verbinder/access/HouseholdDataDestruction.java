package nl.verbinder.access;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Destroys what a module keeps about a household whose file another module destroyed
 * after its retention period (inburgering's {@code HouseholdFileDestroyed}): the module
 * reacts as Verbinder itself ({@link BackgroundWork#callAsSystem}, with
 * {@link Permission#DATA_DESTROY}) in its own transaction and hands its delete statements
 * here; they run under row-level security for the household's municipality, the
 * destruction is logged (operation {@code DELETE}, activity {@code access.vernietiging})
 * and kept as a destruction record of the latest retention run. Idempotent: what is gone
 * is not found again, and nothing is recorded for nothing.
 */
@Service
public class HouseholdDataDestruction {

	/** The actor's name in the processing log. */
	public static final String TASK = "verbinder.vernietiging";

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final Destructions destructions;

	private final BackgroundWork background;

	HouseholdDataDestruction(JdbcClient jdbc, AccessControl access, RowLevelSecurity rowLevelSecurity,
			ProcessingLog log, Destructions destructions, BackgroundWork background) {
		this.jdbc = jdbc;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.destructions = destructions;
		this.background = background;
	}

	/**
	 * What a module's listener to a destroyed household file does: {@link #destroy} as
	 * Verbinder itself (task {@value #TASK}) for the household's municipality.
	 */
	public int destroyAsVerbinder(String gemeente, UUID household, Collection<UUID> persons, List<String> deletes,
			ProcessingActivity activity, String what) {
		GemeenteCode code = new GemeenteCode(gemeente);
		return background.callAsSystem(TASK, code, () -> destroy(code, household, persons, deletes, activity, what));
	}

	/**
	 * Runs the module's {@code deletes} (with the household as {@code :h} and its persons
	 * as {@code :p}, an array) and answers how many rows they deleted; a destruction
	 * record of {@code what} under {@code activity} when any. Needs an active
	 * transaction.
	 */
	public int destroy(GemeenteCode gemeente, UUID household, Collection<UUID> persons, List<String> deletes,
			ProcessingActivity activity, String what) {
		AccessScope scope = access.scopeFor(Permission.DATA_DESTROY);
		rowLevelSecurity.restrictTo(scope);
		UUID[] p = persons.toArray(UUID[]::new);
		int count = 0;
		for (String sql : deletes) {
			var statement = jdbc.sql(sql);
			if (sql.contains(":h")) {
				statement = statement.param("h", household);
			}
			if (sql.contains(":p")) {
				statement = statement.param("p", p);
			}
			count += statement.update();
		}
		if (count > 0) {
			log.record(ExpiredData.DESTRUCTION, Operation.DELETE, List.of(DataSubject.household(household)));
			destructions.recordFollowing(gemeente, List.of(new Destruction(activity, what, count)));
		}
		return count;
	}

	/**
	 * Closes the newcomers' accounts for good: their passkeys, sessions and login
	 * addresses go and then the account itself, so that nobody logs in to a file that no
	 * longer exists; each logged. Staff accounts are never closed here. Answers how many
	 * were closed.
	 */
	public int closeNewcomerAccounts(Collection<AccountId> accounts) {
		access.scopeFor(Permission.DATA_DESTROY);
		int closed = 0;
		for (AccountId id : accounts) {
			var username = jdbc.sql("select username from access.account where id = ? and role = 'NEWCOMER'")
				.param(id.value())
				.query(String.class)
				.optional();
			if (username.isEmpty()) {
				continue;
			}
			jdbc.sql("delete from access.user_entities where name = ?").param(username.get()).update();
			jdbc.sql("delete from access.spring_session where principal_name = ?").param(username.get()).update();
			jdbc.sql("delete from access.login_address where username = ?").param(username.get()).update();
			jdbc.sql("delete from access.account where id = ?").param(id.value()).update();
			log.record(ExpiredData.DESTRUCTION, Operation.DELETE, DataSubject.account(id));
			closed++;
		}
		return closed;
	}

}
