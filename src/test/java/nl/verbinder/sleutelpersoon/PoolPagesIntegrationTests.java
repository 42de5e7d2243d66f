package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.page;
import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.verbinder.ApiPages;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator keeps the pool from pages: adds a key person, changes their languages,
 * hours and form of work, and ends their place in the pool; what was offered to them is
 * open again for someone else.
 */
@VerbinderIntegrationTest
class PoolPagesIntegrationTests {

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final RequestPostProcessor MONTFERLAND = Logins.basic("consulent.montferland");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode inPool(String voornaam) throws Exception {
		JsonNode pool = ApiPages.all(mvc, "/api/v1/sleutelpersonen", COORDINATOR);
		for (JsonNode p : pool) {
			if (p.get("voornaam").asString().equals(voornaam)) {
				return p;
			}
		}
		throw new AssertionError(voornaam + " is not in the pool");
	}

	/**
	 * The form as the coordinator fills it in: hours, form of work and a third language
	 * (or none) vary.
	 */
	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, LocalDate vog, int hours,
			String vorm, String thirdLanguage, String thirdLevel) {
		return request.param("voornaam", "Hawa")
			.param("achternaam", "Warsame")
			.param("talen[0].taal", "so")
			.param("talen[0].niveau", "NATIVE")
			.param("talen[1].taal", "nl")
			.param("talen[1].niveau", "B1")
			.param("talen[2].taal", thirdLanguage)
			.param("talen[2].niveau", thirdLevel)
			.param("gemeenschappen", "SO")
			.param("rollen", "VERTALER")
			.param("rollen", "VERBINDER")
			.param("domeinen", "GEZONDHEID_EN_ZORG")
			.param("woonplaats", "GM1955")
			.param("werkgebied", "GM1955")
			.param("werkgebied", "GM0222")
			.param("maxReisafstandKm", "25")
			.param("urenPerWeek", String.valueOf(hours))
			.param("vorm", vorm)
			.param("vogDatum", vog.toString())
			.param("start", vog.toString())
			.param("trainingen", "Training sleutelpersonen\n")
			.param("telefoon", "06 12345678")
			.param("email", "hawa@example.org");
	}

	@Test
	void theCoordinatorAddsChangesAndEndsAKeyPersonFromThePages() throws Exception {
		var coordinator = Logins.session(mvc, "coordinator");
		LocalDate monthAgo = LocalDate.now().minusMonths(1);
		String empty = page(mvc, coordinator, "/sleutelpersonen/nieuw");
		assertThat(empty).contains("Somalisch")
			.contains("Somalië")
			.contains("Moedertaal")
			.contains("Montferland")
			.doesNotContain(">so<")
			.doesNotContain(">SO<")
			.doesNotContain(">GM1955<");

		mvc.perform(
				form(post("/sleutelpersonen"), monthAgo, 6, "VRIJWILLIGER", "", "").session(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		JsonNode added = inPool("Hawa");
		String id = added.get("id").asString();
		assertThat(added.get("talen").toString()).contains("\"so\"").contains("\"NATIVE\"").contains("\"nl\"");
		assertThat(added.get("werkgebied").toString()).contains("GM0222");
		String pool = page(mvc, coordinator, "/sleutelpersonen");
		assertThat(pool).contains("Hawa Warsame")
			.contains("Somalisch")
			.contains("Somalië")
			.contains("Vertaler")
			.contains("Montferland")
			.contains("06 12345678")
			.doesNotContain(">so<");

		// A change: Arabic added, more hours, and paid work from today; the earlier
		// contract stays in the history.
		String edit = page(mvc, coordinator, "/sleutelpersonen/" + id);
		assertThat(edit).contains("value=\"Hawa\"").contains("value=\"06 12345678\"");
		long version = jdbc.sql("select version from sleutelpersoon.sleutelpersoon where id = ?::uuid")
			.param(id)
			.query(Long.class)
			.single();
		mvc.perform(form(post("/sleutelpersonen/" + id), monthAgo, 10, "BETAALD", "ar", "B2").session(coordinator)
			.with(csrf())
			.param("versie", String.valueOf(version))).andExpect(status().is3xxRedirection());
		JsonNode changed = inPool("Hawa");
		assertThat(changed.get("urenPerWeek").asInt()).isEqualTo(10);
		assertThat(changed.get("talen").toString()).contains("\"ar\"");
		assertThat(changed.get("vorm").asString()).isEqualTo("BETAALD");
		assertThat(changed.get("dienstverbanden").size()).isEqualTo(2);
		// The same version again is somebody else's change: refused, not silently
		// overwritten.
		String stale = Http.ok(mvc
			.perform(form(post("/sleutelpersonen/" + id), monthAgo, 2, "BETAALD", "ar", "B2").session(coordinator)
				.with(csrf())
				.param("versie", String.valueOf(version))));
		assertThat(stale).contains("intussen gewijzigd");
		assertThat(inPool("Hawa").get("urenPerWeek").asInt()).isEqualTo(10);

		// Montferland asks for Somali; the coordinator offers it to Hawa, who then leaves
		// for a paid job.
		LocalDate from = LocalDate.now().plusDays(2);
		JsonNode request = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"VERTALING","talen":["so"],"rol":"VERTALER","gemeente":"GM1955","wijk":"","van":"%s","tot":"%s",
							 "minuten":60,"urgentie":"NORMAAL","doel":"Gesprek bij de huisarts"}"""
						.formatted(from, from.plusDays(3)))
				.with(MONTFERLAND))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String requestId = request.get("id").asString();
		mvc.perform(postJson("/api/v1/verzoeken/" + requestId + "/aanbod",
				"{\"sleutelpersoon\":\"" + id + "\",\"versie\":0}")
			.with(COORDINATOR)).andExpect(status().isOk());

		assertThat(page(mvc, coordinator, "/sleutelpersonen/" + id + "/vertrek")).contains("Hawa Warsame")
			.contains("weer open voor een ander: 1.")
			.contains("Gesprek vertalen in Montferland");
		mvc.perform(post("/sleutelpersonen/" + id + "/vertrek").session(coordinator)
			.with(csrf())
			.param("einde", LocalDate.now().toString())
			.param("reden", "Betaald werk gevonden als tolk")).andExpect(status().is3xxRedirection());
		JsonNode left = inPool("Hawa");
		assertThat(left.get("einde").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(left.get("redenVertrek").asString()).isEqualTo("Betaald werk gevonden als tolk");
		assertThat(RegionQueries.count(jdbc, transactions,
				"select count(*) from sleutelpersoon.verzoek where id = ?::uuid and status = 'OPEN' and toegewezen_aan is null",
				requestId))
			.isEqualTo(1);
		assertThat(page(mvc, coordinator, "/sleutelpersonen")).contains("Betaald werk gevonden als tolk");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log where subject_type = 'sleutelpersoon' and subject_id = ?
				and operation in ('CREATE', 'UPDATE')""").param(id).query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void aKeyPersonWithoutLanguageOrWithTooManyHoursIsRefusedInThePagesLanguage() throws Exception {
		var coordinator = Logins.session(mvc, "coordinator");
		String noLanguage = Http.ok(mvc.perform(post("/sleutelpersonen").session(coordinator)
			.with(csrf())
			.param("voornaam", "Nobody")
			.param("achternaam", "Without")
			.param("talen[0].taal", "")
			.param("talen[0].niveau", "")
			.param("rollen", "VERTALER")
			.param("woonplaats", "GM1955")
			.param("maxReisafstandKm", "25")
			.param("urenPerWeek", "6")
			.param("vorm", "VRIJWILLIGER")
			.param("start", LocalDate.now().toString())));
		assertThat(noLanguage).contains("ten minste één taal").contains("value=\"Nobody\"");
		String tooMany = Http.ok(mvc.perform(post("/sleutelpersonen").session(coordinator)
			.with(csrf())
			.param("lang", "en")
			.param("voornaam", "Nobody")
			.param("achternaam", "Without")
			.param("talen[0].taal", "ti")
			.param("talen[0].niveau", "")
			.param("rollen", "VERTALER")
			.param("woonplaats", "GM1955")
			.param("maxReisafstandKm", "25")
			.param("urenPerWeek", "60")
			.param("vorm", "VRIJWILLIGER")
			.param("start", LocalDate.now().toString())));
		assertThat(tooMany).contains("may be at most 40").doesNotContain("hoogstens");
		assertThat(jdbc.sql("select count(*) from sleutelpersoon.sleutelpersoon where gegevens->>'voornaam' = 'Nobody'")
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/sleutelpersonen").session(Logins.session(mvc, "consulent.aalten")))
			.andExpect(status().isForbidden());
	}

}
