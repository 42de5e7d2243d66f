package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Exactly "no connection came free in time" is a 503; every other data-access error stays
 * an error.
 */
class UnavailableTests {

	private static final SQLTransientConnectionException TIMED_OUT = new SQLTransientConnectionException(
			"verbinder-embedded - Connection is not available, request timed out after 500ms");

	@Test
	void noConnectionFreeInTimeIsUnavailableHoweverSpringWrapsIt() {
		assertThat(Unavailable.retryAfter(new CannotGetJdbcConnectionException("Failed to obtain", TIMED_OUT)))
			.contains(Unavailable.NO_CONNECTION_RETRY_AFTER);
		assertThat(Unavailable.retryAfter(new CannotCreateTransactionException("Could not open",
				new CannotGetJdbcConnectionException("Failed to obtain", TIMED_OUT))))
			.isPresent();
		assertThat(Unavailable.retryAfter(new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open", TIMED_OUT))))
			.isPresent();
	}

	@Test
	void otherDataAccessErrorsAreNot() {
		assertThat(Unavailable.retryAfter(
				new CannotGetJdbcConnectionException("Failed to obtain", new SQLException("password", "28P01"))))
			.isEmpty();
		assertThat(Unavailable.retryAfter(new DataAccessResourceFailureException("disk full"))).isEmpty();
		assertThat(Unavailable.retryAfter(new CannotCreateTransactionException("Could not open"))).isEmpty();
		assertThat(Unavailable.retryAfter(new DataIntegrityViolationException("duplicate key"))).isEmpty();
		assertThat(Unavailable.retryAfter(new IllegalStateException("anything else"))).isEmpty();
	}

}
