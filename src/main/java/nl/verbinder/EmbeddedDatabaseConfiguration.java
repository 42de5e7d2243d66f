package nl.verbinder;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (a real server binary, not an emulation) when no
 * {@code spring.datasource.url} is configured: for the run command and the tests. With a
 * data directory its data survives restarts; without one it lives in a temporary directory that is
 * wiped on start. Production configures a PostgreSQL server through the standard Spring datasource
 * settings and never reaches this class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${verbinder.embedded-database.data-directory:}") String dataDirectory)
			throws IOException {
		var builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "50")
				.setServerConfig("fsync", dataDirectory.isBlank() ? "off" : "on");
		if (dataDirectory.isBlank()) {
			builder.setDataDirectory(Files.createTempDirectory("verbinder-pg")).setCleanDataDirectory(true);
		} else {
			Path directory = Path.of(dataDirectory).toAbsolutePath();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL keeps its data in {}", directory);
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("verbinder-embedded");
		return new HikariDataSource(config);
	}
}
