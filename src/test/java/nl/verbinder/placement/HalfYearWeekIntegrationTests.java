package nl.verbinder.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A planner places a run's households as this week's batch of its half year and sees
 * every quota's progress: the week places everyone within what the half year may still
 * take, and the table says it per municipality, in Dutch and English.
 */
@VerbinderIntegrationTest
class HalfYearWeekIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HalfYearWeek weeks;

	@Autowired
	BackgroundWork background;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWeekAgainstItsHalfYearShowsEveryQuotasProgress() throws Exception {
		String run = Http.read(mvc.perform(Http.postJson("/api/v1/plaatsing/runs", "{\"huishoudens\":120,\"seed\":5}")
			.with(Logins.basic("planner")))).get("id").asString();
		var session = Logins.session(mvc, "planner");
		String page = Http.page(mvc, session, "/plaatsing/" + run + "/week");
		assertThat(page).contains("data-testid=\"week-progress\"")
			.contains("Voortgang per taakstelling")
			.contains("Eerder geplaatst")
			.contains("Arbeidsmarktregio")
			.contains("Achterhoek");
		// figures: everyone placed, nobody above what the half year may still take
		var week = background.callAs("planner", () -> weeks.week(UUID.fromString(run)));
		assertThat(week.placedPersons()).isEqualTo(week.persons());
		assertThat(week.quotas()).hasSize(342)
			.allSatisfy(q -> assertThat(q.before() + q.thisWeek()).isLessThanOrEqualTo(q.high()));
		assertThat(week.quotas().stream().mapToLong(HalfYearWeek.QuotaProgress::thisWeek).sum())
			.isEqualTo(week.persons());
		assertThat(week.expectedAfter()).isGreaterThan(0);
		// A second look reads the same placed week (not placed again), and is logged too.
		long logged = jdbc.sql("select count(*) from access.processing_log where subject_id like ?")
			.param(run + "/%")
			.query(Long.class)
			.single();
		assertThat(background.callAs("planner", () -> weeks.week(UUID.fromString(run)))).isSameAs(week);
		assertThat(jdbc.sql("select count(*) from access.processing_log where subject_id like ?")
			.param(run + "/%")
			.query(Long.class)
			.single()).isGreaterThan(logged);
		mvc.perform(get("/plaatsing/" + run + "/week").session(Logins.session(mvc, "coordinator")))
			.andExpect(status().isForbidden());
	}

}
