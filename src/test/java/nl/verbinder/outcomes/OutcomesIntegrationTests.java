package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.UitstroomSoort;
import nl.verbinder.inburgering.Uitstromen;
import nl.verbinder.inburgering.Werkniveau;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.sleutelpersoon.Advising;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outcome figures as the policy reader sees them: every table with real numbers from
 * the demo, no person and no cell of fewer than five persons on the page or in any CSV;
 * and an outflow a case manager records changes the figures.
 */
@VerbinderIntegrationTest
class OutcomesIntegrationTests {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern CELL = Pattern.compile("<td class=\"utrecht-table__cell vb-numeric\">([^<]*)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@Autowired
	Uitstromen uitstromen;

	@Autowired
	OutcomeFigures owners;

	@Autowired
	Figures figures;

	@Autowired
	Advising advising;

	@Test
	void thePolicyReaderSeesEveryTableWithFiguresButNoPersonAndNoCellUnderFive() throws Exception {
		MockHttpSession beleid = Logins.session(mvc, "beleid");
		String page = mvc.perform(get("/uitkomsten").session(beleid)).andReturn().getResponse().getContentAsString();
		for (String table : Figures.TABLES) {
			assertThat(page).contains("tabel=" + table);
		}
		// The demo has no organisation with five ratings yet; every other table has
		// figures.
		for (String table : List.of(Figures.OUTFLOW, Figures.DOMAINS, Figures.MUNICIPALITIES, Figures.PROVIDERS,
				Figures.NORM, Figures.COST_PER_OUTCOME, Figures.ADVICE)) {
			assertThat(page).contains("data-testid=\"table-" + table + "\"");
		}
		assertThat(page).doesNotContainPattern(UUID);
		// The map of the region's eight municipalities, each with its name and figure.
		assertThat(page).contains("data-testid=\"outcomes-map\"").contains("<title>Winterswijk: ");
		assertThat(page.split("class=\"vb-map-area").length - 1).isEqualTo(8);
		List<String> names = new ArrayList<>();
		background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 20))
			.forEach(e -> background.callAs("consulent.winterswijk", () -> inburgering.household(e.id()))
				.members()
				.forEach(m -> names.add(m.voornaam() + " " + m.achternaam())));
		assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(page).doesNotContain(name));
		List<String> cells = cells(page);
		assertThat(cells).as("real figures from the demo").anyMatch(c -> c.matches("\\d+"));
		assertThat(cells).as("suppressed cells too").contains("&lt;5");

		for (String filter : List.of("", "&gemeente=GM0294", "&route=B1", "&route=GEEN", "&cohort=2026-01-01",
				"&gemeente=nonsense&cohort=x")) {
			for (String table : Figures.TABLES) {
				MockHttpServletResponse csv = mvc
					.perform(get("/uitkomsten/csv?tabel=" + table + filter).session(beleid))
					.andReturn()
					.getResponse();
				assertThat(csv.getStatus()).isEqualTo(200);
				assertThat(csv.getContentType()).startsWith("text/csv");
				String body = csv.getContentAsString();
				assertThat(body).doesNotContainPattern(UUID);
				countsAtLeastFive(body);
			}
		}
		assertThat(mvc.perform(get("/uitkomsten/csv?tabel=personen").session(beleid))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theDemoShowsTheShareThatMetZoetermeersNormAndTheCostsPerOutcome() {
		FigureTable norm = background.callAs("beleid", () -> figures.table(Figures.NORM, Filter.ALL, Locale.ENGLISH));
		assertThat(norm.columns()).contains("Norm met (%)");
		assertThat(norm.rows()).as("a cohort with a share that met the norm")
			.anyMatch(r -> r.cells().get(4).value() != null && r.cells().get(4).value().signum() > 0);
		FigureTable costs = background.callAs("beleid",
				() -> figures.table(Figures.COST_PER_OUTCOME, Filter.ALL, Locale.ENGLISH));
		assertThat(costs.rows()).as("a route with costs per outcome")
			.anyMatch(r -> r.cells().get(3).value() != null && r.cells().get(3).value().signum() > 0);
		// Every shown share and amount rests on five persons or more.
		norm.rows().forEach(r -> {
			if (r.cells().get(0).value() == null) {
				assertThat(r.cells()).allMatch(c -> c.value() == null);
			}
		});
	}

	@Test
	void theAdviceTableCountsItsThemesAndWhatBecameOfThemWithoutAWordOfIt() throws Exception {
		FigureTable advice = background.callAs("beleid",
				() -> figures.table(Figures.ADVICE, Filter.ALL, Locale.ENGLISH));
		assertThat(advice.columns()).contains("Theme", "State: acted on (%)", "State: not acted on (%)");
		assertThat(advice.rows()).as("a theme with five pieces of advice or more, some acted on")
			.anyMatch(r -> r.label().equals("Language and communication") && r.cells().get(0).value() != null
					&& r.cells().get(3).value() != null);
		advice.rows().forEach(r -> {
			if (r.cells().get(0).value() == null) {
				assertThat(r.cells()).as(r.label()).allMatch(Cell::suppressed);
			}
			assertThat(r.cells().stream().filter(Cell::suppressed).count()).as(r.label()).isNotEqualTo(1);
		});
		String csv = mvc.perform(get("/uitkomsten/csv?tabel=" + Figures.ADVICE).session(Logins.session(mvc, "beleid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("Stand: opgepakt (%)").doesNotContain("inloopochtend").doesNotContain("Yonas");
	}

	@Test
	void adviceFromFewerThanFiveAuthorsIsNoFigureHoweverManyPiecesTheyWrote() throws Exception {
		// Six pieces about digital skills from one key person and one case manager.
		for (int i = 0; i < 6; i++) {
			String author = i % 2 == 0 ? "sleutelpersoon" : "consulent.doetinchem";
			String gemeente = i % 2 == 0 ? null : "GM0222";
			var advice = new Advising.NewAdvice("De bibliotheek kan een digitaal spreekuur houden, keer " + i + ".",
					Domein.DIGITALE_VAARDIGHEDEN, gemeente == null ? null : new GemeenteCode(gemeente), null);
			background.callAs(author, () -> advising.give(advice));
		}
		FigureTable advice = background.callAs("beleid",
				() -> figures.table(Figures.ADVICE, Filter.ALL, Locale.ENGLISH));
		assertThat(advice.rows()).as("six pieces from two authors")
			.filteredOn(r -> r.label().equals("Digital skills"))
			.singleElement()
			.satisfies(r -> assertThat(r.cells()).allMatch(Cell::suppressed));
		String csv = mvc.perform(get("/uitkomsten/csv?tabel=" + Figures.ADVICE).session(Logins.session(mvc, "beleid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).doesNotContain("Digitale vaardigheden,6");
	}

	@Test
	void anAuthorWhoAdvisedAboutTwoMunicipalitiesIsOneAuthorInTheRegionsFigures() {
		// Three case managers each advise about Aalten and about Doetinchem: six pieces,
		// three authors, in the region as in each of the two.
		for (String author : List.of("consulent.aalten", "consulent.berkelland", "consulent.bronckhorst")) {
			for (String gemeente : List.of("GM0197", "GM0222")) {
				var advice = new Advising.NewAdvice("Leg uit wat een bezwaarschrift is, hier in " + gemeente + ".",
						Domein.RECHTEN_EN_PLICHTEN, new GemeenteCode(gemeente), null);
				background.callAs(author, () -> advising.give(advice));
			}
		}
		for (Filter filter : List.of(Filter.ALL, Filter.of("GM0197", null, null), Filter.of("GM0222", null, null))) {
			FigureTable advice = background.callAs("beleid",
					() -> figures.table(Figures.ADVICE, filter, Locale.ENGLISH));
			assertThat(advice.rows()).as(filter + ": three authors")
				.filteredOn(r -> r.label().equals("Rights and responsibilities"))
				.singleElement()
				.satisfies(r -> assertThat(r.cells()).allMatch(Cell::suppressed));
		}
		FigureTable elsewhere = background.callAs("beleid",
				() -> figures.table(Figures.ADVICE, Filter.of("GM0294", null, null), Locale.ENGLISH));
		assertThat(elsewhere.rows()).noneMatch(r -> r.label().equals("Rights and responsibilities"));
	}

	/**
	 * Every count of persons (the first column after the label) in a CSV is five or more.
	 */
	private static void countsAtLeastFive(String csv) {
		String[] lines = csv.split("\r\n");
		for (int i = 1; i < lines.length; i++) {
			String[] values = lines[i].split(",");
			String persons = values[values.length - (lines[0].split(",").length - 1)];
			if (!persons.equals("<5")) {
				assertThat(Long.parseLong(persons)).as(lines[i]).isGreaterThanOrEqualTo(5);
			}
		}
	}

	private static List<String> cells(String page) {
		List<String> cells = new ArrayList<>();
		Matcher m = CELL.matcher(page);
		while (m.find()) {
			cells.add(m.group(1));
		}
		return cells;
	}

	@Test
	void aRecordedOutflowChangesTheFigures() {
		HouseholdView household = background.callAs("consulent.winterswijk",
				() -> caseload.list(CaseloadFilter.ALL, 200)
					.stream()
					.map(e -> inburgering.household(e.id()))
					.filter(h -> h.arrivalDate().isBefore(LocalDate.now().minusMonths(7)))
					.filter(h -> h.members()
						.stream()
						.anyMatch(m -> m.gezinsrol() != Gezinsrol.KIND && uitstromen.history(m.personId()).isEmpty()))
					.findFirst()
					.orElseThrow());
		var adult = household.members()
			.stream()
			.filter(m -> m.gezinsrol() != Gezinsrol.KIND)
			.filter(m -> background.callAs("consulent.winterswijk", () -> uitstromen.history(m.personId()).isEmpty()))
			.findFirst()
			.orElseThrow();
		long before = workAfterSixMonths();
		long shownBefore = background.callAs("beleid", this::cachedWorkAfterSixMonths);

		background.callAs("consulent.winterswijk", () -> uitstromen.record(adult.personId(), UitstroomSoort.WERK,
				household.arrivalDate().plusMonths(1), 32, Werkniveau.PASSEND));

		assertThat(workAfterSixMonths()).isEqualTo(before + 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> background.callAs("beleid", this::cachedWorkAfterSixMonths) == shownBefore + 1);
		assertThat(background.callAs("beleid", () -> figures.table(Figures.OUTFLOW, Filter.ALL, Locale.ENGLISH))
			.rows()
			.getFirst()
			.label()).isEqualTo("After 6 months");
	}

	private long workAfterSixMonths() {
		return background.callAs("beleid",
				() -> owners.outflow()
					.stream()
					.filter(c -> c.months() == 6)
					.mapToLong(OutcomeFigures.OutflowCount::werk)
					.sum());
	}

	private long cachedWorkAfterSixMonths() {
		figures.table(Figures.OUTFLOW, Filter.ALL, Locale.ENGLISH);
		return cache.outflow().stream().filter(c -> c.months() == 6).mapToLong(OutcomeFigures.OutflowCount::werk).sum();
	}

	@Autowired
	FigureCache cache;

}
