package nl.verbinder;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Starts an embedded PostgreSQL (a real server binary, not an emulation) when no
 * {@code spring.datasource.url} is configured: for the run command and the tests. With a
 * data directory its data survives restarts; without one it lives in a temporary
 * directory that is wiped on start. Production configures a PostgreSQL server through the
 * standard Spring datasource settings and never reaches this class; under the
 * {@code production} profile this class refuses to start an embedded server, so that a
 * node without a datasource URL fails at start-up instead of running on data of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String APP_USER = "verbinder";

	static final String APP_DATABASE = "verbinder";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${verbinder.embedded-database.data-directory:}") String dataDirectory,
			Environment environment) throws IOException {
		if (environment.acceptsProfiles(Profiles.of("production"))) {
			// A production node without a server would quietly keep its own data apart
			// from every other node.
			throw new IllegalStateException("The production profile needs a PostgreSQL server: set "
					+ "spring.datasource.url (and its username and password); Verbinder does not start an embedded "
					+ "database in production.");
		}
		if (dataDirectory.isBlank()) {
			// A throw-away database (the tests): nothing outlives the process, so
			// flushing to disk buys nothing.
			return builder(Files.createTempDirectory("verbinder-pg"), false).setCleanDataDirectory(true).start();
		}
		Path directory = Path.of(dataDirectory).toAbsolutePath();
		Files.createDirectories(directory);
		log.info("Embedded PostgreSQL keeps its data in {}", directory);
		return builder(directory, true).start();
	}

	/**
	 * The embedded server as Verbinder runs it on a data directory. The library's
	 * defaults trade durability for speed ({@code synchronous_commit=off}: a commit is
	 * acknowledged before its WAL is written, so a crash loses the last acknowledged
	 * writes); every setting that decides whether an acknowledged commit survives a crash
	 * is set here explicitly. {@code durable=false} only for a temporary directory that
	 * is deleted anyway.
	 */
	static EmbeddedPostgres.Builder builder(Path dataDirectory, boolean durable) {
		// Spring closes the server after everything that uses it (destroyMethod); zonky's
		// own shutdown hook
		// would stop it in parallel with Spring's shutdown and leave the last database
		// work hanging.
		var builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50");
		DurabilitySettings.REQUIRED.forEach((name, value) -> builder.setServerConfig(name, durable ? value : "off"));
		if (durable) {
			// Always on already, but the one setting that lets a torn page survive a
			// power loss: stated, not assumed.
			builder.setServerConfig("full_page_writes", "on");
		}
		return builder;
	}

	/**
	 * The application connects as {@value #APP_USER}, an ordinary role that owns database
	 * {@value #APP_DATABASE} but is no superuser, so that PostgreSQL's row-level security
	 * applies to it, as it must to the application's user in production. The pool takes
	 * Spring Boot's {@code spring.datasource.hikari.*} settings (its size, its connection
	 * timeout), as a server's pool does; by default ten connections.
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, Environment environment) throws SQLException {
		try (Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement()) {
			try (ResultSet rs = sql.executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'")) {
				if (!rs.next()) {
					sql.execute(
							"create role " + APP_USER + " login nosuperuser nobypassrls password '" + APP_USER + "'");
				}
			}
			try (ResultSet rs = sql.executeQuery("select 1 from pg_database where datname = '" + APP_DATABASE + "'")) {
				if (!rs.next()) {
					sql.execute("create database " + APP_DATABASE + " owner " + APP_USER);
				}
			}
		}
		var config = new HikariConfig();
		config.setMaximumPoolSize(10);
		config.setPoolName("verbinder-embedded");
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
		config.setJdbcUrl(postgres.getJdbcUrl(APP_USER, APP_DATABASE));
		config.setUsername(APP_USER);
		config.setPassword(APP_USER);
		return new HikariDataSource(config);
	}

}
