package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inkoop.AttendanceFacts;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Zoetermeer's norm from the provider's file to the figures: the language school uploads
 * a file with one bad row (refused with its row number, nothing stored), fixes it and
 * uploads again; the report alone raises the newcomer's signal (behind on lessons and
 * workshops), which the case manager sees on the household page and handles; and the
 * policy reader's norm figures change.
 */
@VerbinderIntegrationTest
class NormJourneyIntegrationTests {

	private static final String SCHOOL = "taalschool";

	private static final UUID TAALSCHOOL = UUID
		.nameUUIDFromBytes("organisatie-Taalschool Graafschap".getBytes(StandardCharsets.UTF_8));

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Caseload caseload;

	@Autowired
	Inburgering inburgering;

	@Autowired
	AttendanceFacts attendance;

	@Autowired
	Grondslagen grondslagen;

	@Autowired
	Referrals referrals;

	@Autowired
	PartnerInbox inbox;

	@Autowired
	Reporting reporting;

	@Autowired
	Signals signals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFixedFileRaisesTheNormSignalTheCaseManagerHandlesItAndTheFiguresChange() throws Exception {
		MockHttpSession policy = Logins.session(mvc, "beleid");
		String figuresBefore = normCsv(policy);
		Candidate c = candidate(cohortsWithStarts(figuresBefore));
		LocalDate arrived = c.household().arrivalDate();
		var person = c.household()
			.members()
			.stream()
			.filter(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR)
			.findFirst()
			.orElseThrow();
		// The case manager refers the newcomer to the language school, which starts.
		UUID referral = background.callAs(c.caseManager(), () -> {
			grondslagen.recordBasis(c.household().id(),
					new Grondslagen.NewBasis(person.personId(), TAALSCHOOL, Grondslag.Soort.TOESTEMMING,
							"Aanmelding B1-route", EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES),
							Grondslag.Wijze.ONDERTEKEND, null, null, LocalDate.now(), LocalDate.now().plusYears(1)));
			return referrals
				.refer(c.household().id(), person.personId(), TAALSCHOOL, null, "Taallessen",
						EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES), Locale.forLanguageTag("nl"))
				.doorverwijzing()
				.id();
		});
		var participant = background.callAs(SCHOOL, () -> {
			inbox.step(referral, 0, Doorverwijzing.Status.GEACCEPTEERD, null);
			inbox.step(referral, 1, Doorverwijzing.Status.GESTART, null);
			return reporting.participant(referral);
		});
		UUID route = participant.product(ProductSoort.B1_ROUTE).orElseThrow();
		UUID workshops = participant.product(ProductSoort.WORKSHOP).orElseThrow();

		// A file with a workshop without its theme: refused, with its row, nothing
		// stored.
		String header = "verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n";
		String lessons = referral + "," + route + "," + arrived.plusDays(14) + ",LES,,10,2,20\n";
		String bad = referral + "," + workshops + "," + arrived.plusDays(16) + ",WORKSHOP,,1,0,2\n";
		String fixed = referral + "," + workshops + "," + arrived.plusDays(16) + ",WORKSHOP,FINANCIEN,1,0,2\n";
		MockHttpSession school = Logins.session(mvc, SCHOOL);
		long before = attendanceRows();
		mvc.perform(multipart("/deelnemers/bestand")
			.file(new MockMultipartFile("bestand", "week.csv", "text/csv", (header + lessons + bad).getBytes()))
			.session(school)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-row=\"3\"")))
			.andExpect(content().string(containsString("Er is niets opgeslagen.")));
		assertThat(attendanceRows()).isEqualTo(before);
		assertThat(openSignal(c)).isEmpty();

		mvc.perform(multipart("/deelnemers/bestand")
			.file(new MockMultipartFile("bestand", "week.csv", "text/csv", (header + lessons + fixed).getBytes()))
			.session(school)
			.with(csrf())).andExpect(redirectedUrl("/deelnemers"));
		assertThat(attendanceRows()).isEqualTo(before + 2);

		// The report itself raises the signal: 10 lessons and one theme three months on.
		SignalView signal = await().atMost(Duration.ofSeconds(30))
			.until(() -> openSignal(c), Optional::isPresent)
			.orElseThrow();
		assertThat(signal.dueOn()).isEqualTo(arrived.plusMonths(3));
		String page = "/huishoudens/" + c.household().id().value();
		MockHttpSession caseManager = Logins.session(mvc, c.caseManager());
		mvc.perform(get(page).session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-signal=\"" + signal.id() + "\"")))
			.andExpect(content().string(containsString("Achter op lessen en workshops")));
		mvc.perform(post("/signaleringen/" + signal.id() + "/bevestiging").session(caseManager)
			.with(csrf())
			.param("notitie", "Gebeld met tolk; twee extra lessen per week afgesproken")
			.param("terug", page)).andExpect(redirectedUrl(page + "#signalen"));
		SignalView handled = openSignal(c).orElseThrow();
		assertThat(handled.acknowledgedAt()).isNotNull();
		assertThat(handled.note()).startsWith("Gebeld met tolk");

		// The policy reader's figures: one more started within two weeks in that cohort.
		String figuresAfter = await().atMost(Duration.ofSeconds(90))
			.until(() -> normCsv(policy), csv -> !csv.equals(figuresBefore));
		assertThat(row(figuresAfter, c.cohort())).isNotEqualTo(row(figuresBefore, c.cohort()));
		assertThat(figuresAfter).doesNotContain(person.achternaam());
	}

	private record Candidate(HouseholdView household, String caseManager, String cohort) {
	}

	/**
	 * A household that moved in four to eleven months ago, in a cohort whose started
	 * share is shown, with an inburgeraar of whom no provider reported anything.
	 */
	private Candidate candidate(Set<String> cohorts) {
		LocalDate today = LocalDate.now();
		for (String username : jdbc
			.sql("select username from access.account where username like 'consulent.%' order by username")
			.query(String.class)
			.list()) {
			Optional<Candidate> found = background.callAs(username,
					() -> caseload.list(CaseloadFilter.ALL, 500)
						.stream()
						.map(e -> inburgering.household(e.id()))
						.filter(h -> h.arrivalDate().isBefore(today.minusMonths(4))
								&& h.arrivalDate().isAfter(today.minusMonths(11)))
						.filter(h -> cohorts.contains(cohort(h.arrivalDate())))
						.filter(h -> h.members().stream().anyMatch(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR))
						.filter(h -> attendance.of(h.id()).isEmpty())
						.findFirst()
						.map(h -> new Candidate(h, username, cohort(h.arrivalDate()))));
			if (found.isPresent()) {
				return found.get();
			}
		}
		throw new IllegalStateException("No household to refer in the demo");
	}

	private static String cohort(LocalDate arrival) {
		return arrival.getYear() + " kwartaal " + (arrival.getMonthValue() + 2) / 3;
	}

	/** The cohorts of the norm's CSV whose share started within two weeks is shown. */
	private static Set<String> cohortsWithStarts(String csv) {
		return List.of(csv.split("\r\n"))
			.stream()
			.skip(1)
			.map(line -> line.split(","))
			.filter(v -> v.length > 2 && !v[2].equals("<5"))
			.map(v -> v[0])
			.collect(Collectors.toSet());
	}

	private static String row(String csv, String cohort) {
		return List.of(csv.split("\r\n")).stream().filter(l -> l.startsWith(cohort + ",")).findFirst().orElse("");
	}

	private String normCsv(MockHttpSession policy) throws Exception {
		return Http.ok(mvc.perform(get("/uitkomsten/csv?tabel=norm").session(policy)));
	}

	private Optional<SignalView> openSignal(Candidate c) {
		return background.callAs(c.caseManager(), () -> signals.ofHousehold(c.household().id()))
			.stream()
			.filter(s -> s.open() && s.kind() == SignalKind.LESSON_NORM_MISSED)
			.findFirst();
	}

	private long attendanceRows() {
		return RegionQueries.count(jdbc, transactions, "select count(*) from inkoop.aanwezigheid");
	}

}
