package nl.verbinder.portal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Actor;
import nl.verbinder.access.Role;
import nl.verbinder.shell.PortalLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import java.sql.Timestamp;

/**
 * The link between a newcomer's account and the person they are, made when their
 * invitation is activated. Every portal read starts here: the signed-in account decides
 * the person, never a parameter of the request.
 */
@Component
class Newcomers {

	/**
	 * A newcomer's account, the person it is, where the household lives and the language
	 * they chose.
	 */
	record Newcomer(UUID accountId, UUID personId, UUID householdId, String gemeente, PortalLanguage language) {
	}

	private final JdbcClient jdbc;

	private final AccessControl access;

	Newcomers(JdbcClient jdbc, AccessControl access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * The signed-in newcomer; refused for anyone else (staff never reach the portal's own
	 * data).
	 */
	Newcomer current() {
		Actor actor = access.currentActor();
		if (actor.role() != Role.NEWCOMER) {
			throw new AccessDeniedException(actor.username() + " is no newcomer");
		}
		return byAccount(actor.id().value())
			.orElseThrow(() -> new AccessDeniedException(actor.username() + " has no activated invitation"));
	}

	Optional<Newcomer> byAccount(UUID accountId) {
		return jdbc.sql(
				"select account_id, person_id, household_id, gemeente, language from portal.newcomer where account_id = ?")
			.param(accountId)
			.query((rs, n) -> new Newcomer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4),
					PortalLanguage.of(rs.getString(5)).orElse(PortalLanguage.NL)))
			.optional();
	}

	boolean activated(UUID personId) {
		return jdbc.sql("select count(*) from portal.newcomer where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UUID accountId, UUID personId, UUID householdId, String gemeente, PortalLanguage language, Instant at) {
		jdbc.sql("""
				insert into portal.newcomer (account_id, person_id, household_id, gemeente, language, activated_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, personId, householdId, gemeente, language.tag(), Timestamp.from(at))
			.update();
	}

	void chooseLanguage(UUID accountId, PortalLanguage language) {
		jdbc.sql("update portal.newcomer set language = ? where account_id = ?")
			.params(language.tag(), accountId)
			.update();
	}

}
