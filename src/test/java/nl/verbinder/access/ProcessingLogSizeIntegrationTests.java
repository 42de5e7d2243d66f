package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a caseload view costs the processing log on disk: the growth of its tables
 * (records, indexes, seal batches, TOAST) over many views, sealed, per view. The figure
 * is in docs/PERFORMANCE.md.
 */
@VerbinderIntegrationTest
class ProcessingLogSizeIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(ProcessingLogSizeIntegrationTests.class);

	private static final int VIEWS = 200;

	@Autowired
	ProcessingLogChecks checks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private long bytes() {
		return jdbc.sql("""
				select pg_total_relation_size('access.processing_log')
				     + coalesce(pg_total_relation_size(to_regclass('access.processing_log_seal')), 0)
				     + coalesce(pg_total_relation_size(to_regclass('access.processing_actor')), 0)""")
			.query(Long.class)
			.single();
	}

	private long records() {
		return jdbc.sql("select count(*) from access.processing_log").query(Long.class).single();
	}

	@Test
	void aCaseloadViewAddsLittleToTheLog() throws Exception {
		var session = Logins.session(mvc, "consulent.doetinchem");
		mvc.perform(get("/huishoudens").session(session)).andExpect(status().isOk());
		checks.seal();
		long bytesBefore = bytes();
		long recordsBefore = records();
		for (int i = 0; i < VIEWS; i++) {
			mvc.perform(get("/huishoudens").session(session)).andExpect(status().isOk());
			if (i % 20 == 19) {
				checks.seal();
			}
		}
		checks.seal();
		double bytesPerView = (bytes() - bytesBefore) / (double) VIEWS;
		double recordsPerView = (records() - recordsBefore) / (double) VIEWS;
		logger.info("Processing log per caseload view: {} bytes, {} records ({} bytes a record), over {} views",
				Math.round(bytesPerView), recordsPerView, Math.round(bytesPerView / recordsPerView), VIEWS);
		assertThat(recordsPerView).isPositive();
		// Before the register and the seal batches a record took about 1,000 bytes.
		assertThat(bytesPerView / recordsPerView).isLessThan(500);
	}

}
