package nl.verbinder;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a PostgreSQL server must be configured with so that nothing Verbinder acknowledged
 * is lost in a crash, and a warning at start-up when the server it runs on is configured
 * otherwise (embedded or not). A temporary embedded database (the tests) sets these off
 * on purpose and is not warned about.
 */
@Component
class DurabilitySettings {

	/**
	 * Server settings and the value they must have: a commit is acknowledged only once
	 * its WAL is flushed.
	 */
	static final Map<String, String> REQUIRED = Map.of("fsync", "on", "synchronous_commit", "on");

	private static final Logger log = LoggerFactory.getLogger(DurabilitySettings.class);

	private final JdbcClient jdbc;

	private final boolean temporaryDatabase;

	DurabilitySettings(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.temporaryDatabase = environment.getProperty("spring.datasource.url", "").isBlank()
				&& environment.getProperty("verbinder.embedded-database.data-directory", "").isBlank();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenNotDurable() {
		if (temporaryDatabase) {
			return;
		}
		REQUIRED.forEach((name, required) -> {
			String actual = jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
			// Every synchronous_commit level but off (local, remote_write, remote_apply)
			// flushes the local WAL.
			boolean durable = name.equals("synchronous_commit") ? !"off".equals(actual) : required.equals(actual);
			if (!durable) {
				log.warn(
						"PostgreSQL setting {} is '{}', not '{}': a crash can lose writes that Verbinder has "
								+ "already confirmed to its users. Set {} = {} in postgresql.conf.",
						name, actual, required, name, required);
			}
		});
	}

}
