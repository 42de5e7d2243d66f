package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload's filter by phase of the integration term agrees with
 * {@link Inburgeringstermijn#fase}: one person in every phase (one of them with an
 * extension), each found under exactly their own phase.
 */
@VerbinderIntegrationTest
class TermPhaseIntegrationTests {

	private static final RequestPostProcessor BERKELLAND = Logins.basic("consulent.berkelland");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final LocalDate today = LocalDate.now();

	private UUID personWithEstablishedPlan(String voornaam, LocalDate termStart) throws Exception {
		UUID person = background
			.callAs("consulent.berkelland", () -> inburgering.register(new GemeenteCode("GM1859"), "Hoofdstraat 4",
					"7271 AB", termStart.minusDays(10),
					List.of(new Inburgering.NewMember(voornaam, "Fasevinder", LocalDate.of(1991, 3, 3),
							Gezinsrol.INBURGERAAR, null, "AF", "AF", termStart.minusMonths(2), null, null)),
					true))
			.members()
			.getFirst()
			.personId();
		call(person, "", """
				{"leerroute":"B1","termijnStart":"%s","doelen":[{"domein":"WERK","omschrijving":"Oriënteren op werk",
				 "streefdatum":"%s","stappen":[]}],"activiteiten":[]}""".formatted(termStart, termStart.plusYears(1)));
		call(person, "/bespreking",
				"{\"versie\":0,\"datum\":\"%s\",\"visieNieuwkomer\":\"Goed\"}".formatted(termStart));
		call(person, "/vaststelling", "{\"versie\":1,\"datum\":\"%s\"}".formatted(termStart));
		return person;
	}

	private void call(UUID person, String path, String body) throws Exception {
		mvc.perform(post("/api/v1/personen/" + person + "/pip" + path).with(BERKELLAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is2xxSuccessful());
	}

	@Test
	void findsEveryoneUnderTheirOwnPhaseOnly() throws Exception {
		Map<Inburgeringstermijn.Fase, String> expected = new EnumMap<>(Inburgeringstermijn.Fase.class);
		personWithEstablishedPlan("Nog", today.plusMonths(1));
		personWithEstablishedPlan("Eerst", today.minusMonths(3));
		personWithEstablishedPlan("Midden", today.minusMonths(20));
		personWithEstablishedPlan("Bijna", today.minusMonths(33));
		personWithEstablishedPlan("Voorbij", today.minusMonths(40));
		// Ended four months ago, but extended by a year before it ended: running again.
		UUID extended = personWithEstablishedPlan("Verlengd", today.minusMonths(40));
		call(extended, "/verlenging",
				"{\"versie\":2,\"maanden\":12,\"reden\":\"Ziekte\",\"datum\":\"%s\"}".formatted(today.minusMonths(5)));
		call(extended, "/bespreking", "{\"versie\":3,\"datum\":\"%s\",\"visieNieuwkomer\":\"Graag\"}".formatted(today));
		call(extended, "/vaststelling", "{\"versie\":4,\"datum\":\"%s\"}".formatted(today));

		for (var fase : Inburgeringstermijn.Fase.values()) {
			String found = ApiPages.allAsText(mvc, "/api/v1/huishoudens?naam=fasevinder&fase=" + fase, BERKELLAND);
			expected.put(fase, found);
		}
		assertThat(expected.get(Inburgeringstermijn.Fase.NOG_NIET_GESTART)).contains("Nog Fasevinder")
			.doesNotContain("Eerst", "Midden", "Bijna", "Voorbij", "Verlengd");
		assertThat(expected.get(Inburgeringstermijn.Fase.EERSTE_JAAR)).contains("Eerst Fasevinder")
			.doesNotContain("Nog ", "Midden", "Bijna", "Voorbij", "Verlengd");
		assertThat(expected.get(Inburgeringstermijn.Fase.LOPEND)).contains("Midden Fasevinder", "Verlengd Fasevinder")
			.doesNotContain("Nog ", "Eerst", "Bijna", "Voorbij");
		assertThat(expected.get(Inburgeringstermijn.Fase.LAATSTE_HALFJAAR)).contains("Bijna Fasevinder")
			.doesNotContain("Nog ", "Eerst", "Midden", "Voorbij", "Verlengd");
		assertThat(expected.get(Inburgeringstermijn.Fase.VERLOPEN)).contains("Voorbij Fasevinder")
			.doesNotContain("Nog ", "Eerst", "Midden", "Bijna", "Verlengd");
		mvc.perform(get("/api/v1/huishoudens?fase=HALVERWEGE").with(BERKELLAND)).andExpect(status().isBadRequest());
	}

	/**
	 * The migration that filled these columns for existing plans computes what Pips
	 * writes for new ones.
	 */
	@Test
	void theStoredTermOfEveryPlanMatchesTheFormulaOfTheMigration() {
		List<String> mismatches = transactions.execute(s -> {
			jdbc.sql(
					"select set_config('verbinder.gemeenten', 'GM0197,GM0222,GM0294,GM0589,GM1509,GM1586,GM1859,GM1876,GM1955', true)")
				.query()
				.singleValue();
			return jdbc
				.sql("""
						with in_force as (
						    select distinct on (v.pip_id) v.pip_id, v.leerroute, cast(v.inhoud ->> 'termijnStart' as date) as start,
						           coalesce((select sum(cast(e ->> 'maanden' as int)) from jsonb_array_elements(v.inhoud -> 'verlengingen') e), 0) as maanden
						    from inburgering.pip_version v where v.status = 'VASTGESTELD' order by v.pip_id, v.nummer desc),
						ends as (
						    select pip_id, leerroute, start,
						           cast(cast(start + interval '3 years' as date) + make_interval(months => cast(maanden as int)) as date) as einde
						    from in_force)
						select p.id::text from inburgering.pip p join ends e on e.pip_id = p.id
						where p.leerroute_in_force is distinct from e.leerroute or p.termijn_start is distinct from e.start
						   or p.termijn_einde is distinct from e.einde
						   or p.termijn_laatste_halfjaar is distinct from cast(e.einde - interval '6 months' as date)
						   or p.termijn_eerste_jaar_tot is distinct from cast(e.start + interval '1 year' as date)""")
				.query(String.class)
				.list();
		});
		long plans = transactions.execute(s -> {
			jdbc.sql(
					"select set_config('verbinder.gemeenten', 'GM0197,GM0222,GM0294,GM0589,GM1509,GM1586,GM1859,GM1876,GM1955', true)")
				.query()
				.singleValue();
			return jdbc.sql("select count(*) from inburgering.pip where termijn_start is not null")
				.query(Long.class)
				.single();
		});
		assertThat(plans).isGreaterThan(50);
		assertThat(mismatches).isEmpty();
	}

}
