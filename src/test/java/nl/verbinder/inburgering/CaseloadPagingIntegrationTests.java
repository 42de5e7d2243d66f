package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.ApiPages;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caseload API page by page: totals and links, both sort directions, a refusal for
 * each wrong parameter, more than 100 households, and a case manager's scope on every
 * page and in every count.
 */
@VerbinderIntegrationTest
class CaseloadPagingIntegrationTests {

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor MONTFERLAND = Logins.basic("consulent.montferland");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Inburgering inburgering;

	@Autowired
	BackgroundWork background;

	private JsonNode read(String path, RequestPostProcessor login) throws Exception {
		return json.readTree(Http.ok(mvc.perform(get(URI.create(path)).with(login))));
	}

	@Test
	void pagesTheCaseloadWithTotalsAndLinksThatKeepTheFilters() throws Exception {
		long aalten = RegionQueries.count(jdbc, transactions,
				"select count(*) from inburgering.household where gemeente = 'GM0197'");
		assertThat(aalten).isGreaterThan(10);
		mvc.perform(get("/api/v1/huishoudens?pageSize=4&openAfspraken=false").with(AALTEN))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", String.valueOf(aalten)))
			.andExpect(header().string("X-Pagination-Page", "1"))
			.andExpect(header().string("X-Pagination-Limit", "4"))
			.andExpect(jsonPath("$._embedded.huishoudens.length()").value(4))
			.andExpect(jsonPath("$.pagina.nummer").value(1))
			.andExpect(jsonPath("$.pagina.grootte").value(4))
			.andExpect(jsonPath("$.pagina.totaalAantal").value(aalten))
			.andExpect(jsonPath("$.pagina.aantalPaginas").value((aalten + 3) / 4))
			.andExpect(
					jsonPath("$._links.self.href").value("/api/v1/huishoudens?pageSize=4&openAfspraken=false&page=1"))
			.andExpect(
					jsonPath("$._links.first.href").value("/api/v1/huishoudens?pageSize=4&openAfspraken=false&page=1"))
			.andExpect(
					jsonPath("$._links.next.href").value("/api/v1/huishoudens?pageSize=4&openAfspraken=false&page=2"))
			.andExpect(jsonPath("$._links.last.href")
				.value("/api/v1/huishoudens?pageSize=4&openAfspraken=false&page=" + (aalten + 3) / 4))
			.andExpect(jsonPath("$._links.prev").doesNotExist());
		JsonNode second = read("/api/v1/huishoudens?pageSize=4&page=2", AALTEN);
		assertThat(second.get("_links").get("prev").get("href").asString())
			.isEqualTo("/api/v1/huishoudens?pageSize=4&page=1");
		JsonNode last = read("/api/v1/huishoudens?pageSize=4&page=" + (aalten + 3) / 4, AALTEN);
		assertThat(last.get("_links").has("next")).isFalse();
		assertThat(last.get("_embedded").get("huishoudens").size()).isEqualTo((int) (aalten - (aalten - 1) / 4 * 4));
		// The pages together are the whole caseload, each household once, in the order of
		// urgency of one long list.
		List<String> paged = new ArrayList<>();
		ApiPages.all(mvc, "/api/v1/huishoudens?pageSize=7", AALTEN).forEach(h -> paged.add(h.get("id").asString()));
		assertThat(paged).hasSize((int) aalten).doesNotHaveDuplicates();
		List<String> oneList = new ArrayList<>();
		read("/api/v1/huishoudens?pageSize=100", AALTEN).get("_embedded")
			.get("huishoudens")
			.forEach(h -> oneList.add(h.get("id").asString()));
		assertThat(paged.subList(0, Math.min(100, paged.size()))).isEqualTo(oneList);
		// Beyond the last page: an empty page that links back.
		JsonNode beyond = read("/api/v1/huishoudens?page=999", AALTEN);
		assertThat(beyond.get("_embedded").get("huishoudens").size()).isZero();
		assertThat(beyond.get("pagina").get("totaalAantal").asLong()).isEqualTo(aalten);
	}

	@Test
	void sortsTheCaseloadInBothDirections() throws Exception {
		List<String> up = dates(read("/api/v1/huishoudens?sort=aankomstdatum&pageSize=100", AALTEN));
		List<String> down = dates(read("/api/v1/huishoudens?sort=-aankomstdatum&pageSize=100", AALTEN));
		assertThat(up).isSorted().hasSizeGreaterThan(10);
		assertThat(down).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(up.getFirst()).isLessThan(up.getLast());
		// Ties are broken the same way every time: the pages of a sorted list never
		// overlap.
		List<String> ids = new ArrayList<>();
		ApiPages.all(mvc, "/api/v1/huishoudens?sort=gemeente,-laatsteContact", AALTEN)
			.forEach(h -> ids.add(h.get("id").asString()));
		assertThat(ids).doesNotHaveDuplicates().hasSize(up.size());
	}

	private static List<String> dates(JsonNode page) {
		List<String> dates = new ArrayList<>();
		page.get("_embedded").get("huishoudens").forEach(h -> dates.add(h.get("aankomstdatum").asString()));
		return dates;
	}

	@Test
	void refusesAWrongPagePageSizeOrSortNamingItInTheReadersLanguage() throws Exception {
		for (String[] c : new String[][] { { "page=0", "page" }, { "page=twee", "page" }, { "page=1.5", "page" },
				{ "page=1&page=2", "page" }, { "pageSize=0", "pageSize" }, { "pageSize=101", "pageSize" },
				{ "pageSize=-5", "pageSize" }, { "sort=naam", "sort" }, { "sort=-", "sort" },
				{ "sort=aankomstdatum,aankomstdatum", "sort" }, { "sort=aankomstdatum;drop", "sort" },
				{ "sort=", "sort" } }) {
			mvc.perform(get("/api/v1/huishoudens?" + c[0]).with(AALTEN))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.invalidParams[0].name").value(c[1]))
				.andExpect(jsonPath("$.invalidParams.length()").value(1));
		}
		mvc.perform(get("/api/v1/huishoudens?pageSize=500&sort=naam").with(AALTEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name").value(Matchers.contains("pageSize", "sort")))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("100")))
			.andExpect(jsonPath("$.invalidParams[1].reason").value(Matchers.containsString("aankomstdatum")))
			.andExpect(jsonPath("$.invalidParams[1].reason").value(Matchers.containsString("sorteren")));
		mvc.perform(get("/api/v1/huishoudens?sort=naam").header("Accept-Language", "en").with(AALTEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("can only sort by")));
	}

	@Test
	void listsMoreThanAHundredHouseholdsPageByPage() throws Exception {
		Set<HouseholdId> created = new HashSet<>();
		for (int n = 0; n < 105; n++) {
			int i = n;
			String name = "Paginavinder" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
			created.add(
					background
						.callAs("consulent.montferland",
								() -> inburgering.register(new GemeenteCode("GM1955"), "Kerkstraat " + (i + 1),
										"6941 AB", LocalDate.of(2025, 3, 1).plusDays(i),
										List.of(new Inburgering.NewMember(name, "Tesfay",
												LocalDate.of(1990, 1, 1).plusDays(i), Gezinsrol.INBURGERAAR)),
										true))
						.id());
		}
		JsonNode first = read("/api/v1/huishoudens?naam=paginavinder&pageSize=100", MONTFERLAND);
		assertThat(first.get("_embedded").get("huishoudens").size()).isEqualTo(100);
		assertThat(first.get("pagina").get("totaalAantal").asLong()).isEqualTo(105);
		JsonNode second = read(first.get("_links").get("next").get("href").asString(), MONTFERLAND);
		assertThat(second.get("_embedded").get("huishoudens").size()).isEqualTo(5);
		Set<String> seen = new HashSet<>();
		first.get("_embedded").get("huishoudens").forEach(h -> seen.add(h.get("id").asString()));
		second.get("_embedded").get("huishoudens").forEach(h -> seen.add(h.get("id").asString()));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(created.stream().map(Object::toString).toList());
		// The whole caseload of the municipality too, far beyond 100.
		long montferland = RegionQueries.count(jdbc, transactions,
				"select count(*) from inburgering.household where gemeente = 'GM1955'");
		assertThat(montferland).isGreaterThan(100);
		assertThat(read("/api/v1/huishoudens", MONTFERLAND).get("pagina").get("totaalAantal").asLong())
			.isEqualTo(montferland);
		assertThat(ApiPages.all(mvc, "/api/v1/huishoudens", MONTFERLAND)).hasSize((int) montferland);
	}

	@Test
	void aCaseManagerSeesOnlyTheirMunicipalityOnEveryPageAndInEveryCount() throws Exception {
		long aalten = RegionQueries.count(jdbc, transactions,
				"select count(*) from inburgering.household where gemeente = 'GM0197'");
		long region = RegionQueries.count(jdbc, transactions, "select count(*) from inburgering.household");
		assertThat(region).isGreaterThan(aalten);
		for (String sort : List.of("", "&sort=-gemeente", "&sort=gemeente")) {
			JsonNode page = read("/api/v1/huishoudens?pageSize=100" + sort, AALTEN);
			assertThat(page.get("pagina").get("totaalAantal").asLong()).isEqualTo(aalten);
			page.get("_embedded")
				.get("huishoudens")
				.forEach(h -> assertThat(h.get("gemeente").asString()).isEqualTo("GM0197"));
		}
		ApiPages.all(mvc, "/api/v1/huishoudens?sort=-gemeente", AALTEN)
			.forEach(h -> assertThat(h.get("gemeente").asString()).isEqualTo("GM0197"));
		mvc.perform(get("/api/v1/huishoudens?gemeente=GM0294&pageSize=5").with(AALTEN))
			.andExpect(status().isForbidden());
	}

}
