package nl.verbinder;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages show names in the reader's language, never codes: languages ({@code ti},
 * {@code fa-AF}, {@code ckb}), communities ({@code ER}), education levels
 * ({@code UPPER_SECONDARY}) and language levels ({@code NATIVE}).
 */
@VerbinderIntegrationTest
class NamesOnPagesIntegrationTests {

	/**
	 * A cell, list item or line that is nothing but language codes, e.g.
	 * {@code >ti, ar<}.
	 */
	private static final Pattern LANGUAGE_CODES = Pattern
		.compile(">\\s*(?:[a-z]{2,3}(?:-[A-Z]{2})?)(?:,\\s*[a-z]{2,3}(?:-[A-Z]{2})?)*\\s*<");

	private static final Pattern LEVEL_CODES = Pattern.compile(
			"\\b(NATIVE|NONE|PRIMARY|LOWER_SECONDARY|UPPER_SECONDARY|POST_SECONDARY|SHORT_TERTIARY|BACHELOR|MASTER|DOCTORATE)\\b");

	private static final UUID SPORTCLUB = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	private final JsonMapper json = JsonMapper.builder().build();

	private String page(MockHttpSession session, String path) throws Exception {
		var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static List<String> codes(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void theCoordinatorReadsLanguageNamesOnRequestsCandidatesAndThePoolOverview() throws Exception {
		MockHttpSession coordinator = Logins.session(mvc, "coordinator");
		String requests = page(coordinator, "/verzoeken");
		assertThat(codes(LANGUAGE_CODES, requests)).isEmpty();
		assertThat(requests).contains("Tigrinya");
		String overview = page(coordinator, "/sleutelpersonen/overzicht");
		assertThat(codes(LANGUAGE_CODES, overview)).isEmpty();
		Matcher candidates = Pattern.compile("/verzoeken/([0-9a-f-]{36})/kandidaten").matcher(requests);
		assertThat(candidates.find()).isTrue();
		String candidatesPage = page(coordinator, candidates.group());
		assertThat(codes(LANGUAGE_CODES, candidatesPage)).isEmpty();
		assertThat(candidatesPage).doesNotContainPattern("Spreekt [a-z]{2,3}(-[A-Z]{2})? \\(");
	}

	@Test
	void adviceNamesTheCommunityAndOrganisationsTheirLanguages() throws Exception {
		MockHttpSession coordinator = Logins.session(mvc, "coordinator");
		String advice = page(coordinator, "/adviezen");
		assertThat(advice).doesNotContainPattern("gemeenschap: [A-Z]{2}\\b");
		MockHttpSession caseManager = Logins.session(mvc, "consulent.winterswijk");
		String organisations = page(caseManager, "/organisaties");
		assertThat(organisations).doesNotContainPattern("Talen: [a-z]{2,3}(-[A-Z]{2})?(,|<)");
	}

	@Test
	void aKeyPersonReadsLanguageNamesInTheirOwnLanguage() throws Exception {
		MockHttpSession keyPerson = Logins.session(mvc, "sleutelpersoon");
		String arabic = page(keyPerson, "/mijn-verzoeken?lang=ar");
		assertThat(arabic).doesNotContainPattern("اللغة: [a-z]{2,3}(-[A-Z]{2})?\\b");
		page(keyPerson, "/mijn-verzoeken?lang=nl");
	}

	@Test
	void aPartnerReadsLanguageAndEducationLevelsByName() throws Exception {
		HouseholdView h = background.callAs("consulent.winterswijk",
				() -> inburgering.household(caseload.list(CaseloadFilter.ALL, 40).get(26).id()));
		UUID person = h.members().getFirst().personId();
		String profile = mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(WINTERSWIJK))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long version = json.readTree(profile).get("versie").asLong();
		mvc.perform(postJson("/api/v1/personen/" + person + "/profiel", """
				{"versie":%d,"talen":[{"taal":"ti","niveau":"NATIVE"},{"taal":"fa-AF","niveau":"B1"}],
				 "opleidingen":[{"niveau":"UPPER_SECONDARY","richting":"Wiskunde","diploma":true}],
				 "werkervaring":[],"talenten":"","wensen":""}""".formatted(version)).with(WINTERSWIJK))
			.andExpect(status().is2xxSuccessful());
		mvc.perform(postJson("/api/v1/huishoudens/" + h.id() + "/grondslagen",
				"""
						{"organisatieId":"%s","soort":"TOESTEMMING","doel":"Kennismaken met de sportclub",
						 "categorieen":["TALEN","OPLEIDING_EN_WERK"],"wijze":"ONDERTEKEND","gegevenOp":"%s","geldigTot":"%s"}"""
					.formatted(SPORTCLUB, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6)))
			.with(WINTERSWIJK)).andExpect(status().isCreated());
		String referral = mvc
			.perform(postJson("/api/v1/huishoudens/" + h.id() + "/doorverwijzingen",
					"""
							{"persoonId":"%s","organisatieId":"%s","reden":"Wil graag voetballen","gedeeld":["TALEN","OPLEIDING_EN_WERK"]}"""
						.formatted(person, SPORTCLUB))
				.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		referral = json.readTree(referral).get("id").asString();
		String shared = page(Logins.session(mvc, "sportclub"), "/doorverwijzingen/" + referral);
		assertThat(codes(LEVEL_CODES, shared)).isEmpty();
		assertThat(shared).contains("Tigrinya")
			.contains("Dari")
			.contains("Moedertaal")
			.contains("Hoger voortgezet onderwijs");
	}

}
