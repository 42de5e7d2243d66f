package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@VerbinderIntegrationTest
class ProcessingRegisterIntegrationTests {

	@Autowired
	MessageSource messages;

	@Autowired
	ProcessingRegister register;

	@Autowired
	List<ProcessingActivities> declared;

	@Autowired
	ProcessingLog log;

	@Autowired
	BackgroundWork background;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void holdsEveryDeclaredActivityWithCategoriesRetentionAndController() {
		List<ProcessingRegister.RegisteredActivity> activities = background.callAs("beheerder", register::activities);
		List<ProcessingActivity> all = declared.stream().flatMap(d -> d.activities().stream()).toList();
		assertThat(all).hasSizeGreaterThan(10);
		for (ProcessingActivity activity : all) {
			assertThat(activities).filteredOn(a -> a.id().equals(activity.id())).singleElement().satisfies(a -> {
				assertThat(a.purpose()).isEqualTo(activity.purpose());
				assertThat(a.legalBasis()).isEqualTo(activity.legalBasis());
				assertThat(a.dataCategories()).isNotEmpty().containsExactlyElementsOf(activity.dataCategories());
				assertThat(a.retention()).isNotNull().isEqualTo(activity.retention());
				assertThat(a.controller()).isEqualTo(activity.controller());
				assertThat(a.uri()).isEqualTo("urn:verbinder:verwerkingsactiviteit:" + activity.id());
			});
		}
	}

	@Test
	void recordsReferToTheirActivityAndReadItsPurposeFromTheRegister() {
		DataSubject subject = DataSubject.person(UUID.randomUUID());
		background.runAs("consulent.doetinchem", () -> log.record(Inburgering.REGIE, Operation.READ, subject));
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where subject_id = ? and purpose is null and legal_basis is null and activity = 'inburgering.regie'""")
			.param(subject.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		List<ProcessingRecord> records = background.callAs("beheerder", () -> log.forSubject(subject));

		assertThat(records).singleElement().satisfies(r -> {
			assertThat(r.purpose()).isEqualTo(Inburgering.REGIE.purpose());
			assertThat(r.legalBasis()).isEqualTo(Inburgering.REGIE.legalBasis());
		});
	}

	@Test
	void recordsWrittenBeforeTheRegisterKeepTheirOwnText() {
		DataSubject subject = DataSubject.person(UUID.randomUUID());
		// A record as the log wrote them before the register: purpose and legal basis as
		// text.
		jdbc.sql("""
				insert into access.processing_log (trace_id, occurred_at, actor, actor_role, activity, purpose,
				  legal_basis, operation, subject_type, subject_id)
				values (?, ?, 'consulent.doetinchem', 'CASE_MANAGER', 'inburgering.regie', 'Regie (oude omschrijving)',
				  'Wet inburgering 2021', 'READ', 'person', ?)""")
			.params(UUID.randomUUID(), java.sql.Timestamp.from(Instant.parse("2026-01-05T10:00:00Z")), subject.id())
			.update();

		assertThat(background.callAs("beheerder", () -> log.forSubject(subject))).singleElement()
			.satisfies(r -> assertThat(r.purpose()).isEqualTo("Regie (oude omschrijving)"));
	}

	@Test
	void keepsAChangedWordingInTheHistory() {
		ProcessingActivity first = new ProcessingActivity("test.register-history", "Eerste omschrijving",
				"Wet inburgering 2021")
			.concerning(DataCategory.IDENTIFICATION)
			.keptFor(Period.ofYears(1));
		DataSubject subject = DataSubject.person(UUID.randomUUID());
		background.runAs("consulent.doetinchem", () -> log.record(first, Operation.READ, subject));
		ProcessingActivity changed = new ProcessingActivity("test.register-history", "Tweede omschrijving",
				"Wet inburgering 2021")
			.concerning(DataCategory.IDENTIFICATION)
			.keptFor(Period.ofYears(2));
		background.runAs("consulent.doetinchem", () -> log.record(changed, Operation.UPDATE, subject));

		assertThat(background.callAs("beheerder", register::activities))
			.filteredOn(a -> a.id().equals("test.register-history"))
			.singleElement()
			.satisfies(a -> assertThat(a.retention()).isEqualTo(Period.ofYears(2)));
		assertThat(jdbc.sql("select purpose from access.processing_activity_history where id = 'test.register-history'")
			.query(String.class)
			.list()).containsExactly("Eerste omschrijving");
	}

	@Test
	void theAdministratorSeesAndExportsTheRegisterInDutchAndEnglish() throws Exception {
		var session = Logins.session(mvc, "beheerder");
		mvc.perform(get("/beheer/verwerkingsregister").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Regie op de inburgering")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("5 jaar")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bijzonder of gevoelig gegeven")));
		mvc.perform(get("/beheer/verwerkingsregister?lang=en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Register of processing activities")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("5 years")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Directing the civic integration of inburgeraars")))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("Regie op de inburgering van inburgeraars en hun gezin"))));
		mvc.perform(get("/beheer/verwerkingsregister/verwerkingsregister.json").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(jsonPath("$[?(@.id == 'inburgering.regie')].retention").value("P5Y"))
			.andExpect(jsonPath("$[?(@.id == 'inburgering.regie')].uri")
				.value("urn:verbinder:verwerkingsactiviteit:inburgering.regie"));
		mvc.perform(get("/beheer/verwerkingsregister/verwerkingsregister.csv").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("id,uri,purpose,legalBasis")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("\"inburgering.regie\",\"urn:verbinder:verwerkingsactiviteit:inburgering.regie\"")));
		mvc.perform(get("/api/v1/verwerkingsregister").with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._embedded.activiteiten[?(@.id == 'portal.inzage')].verwerkingsverantwoordelijke")
				.value("MUNICIPALITY"));
	}

	/**
	 * The register's own wording is Dutch (it is declared with the activity and exported
	 * as it is); the page shows each activity's purpose and legal basis in the reader's
	 * language, so every declared activity needs its translation.
	 */
	@Test
	void everyDeclaredActivityReadsInEveryStaffLanguage() {
		List<ProcessingActivity> all = declared.stream().flatMap(d -> d.activities().stream()).toList();
		assertThat(all).hasSizeGreaterThan(10);
		for (ProcessingActivity activity : all) {
			for (String part : List.of("purpose", "legal-basis")) {
				String key = "processing-register.activity." + activity.id() + "." + part;
				String dutchWording = part.equals("purpose") ? activity.purpose() : activity.legalBasis();
				assertThat(messages.getMessage(key, new Object[] { dutchWording }, Locale.forLanguageTag("nl"))).as(key)
					.isEqualTo(dutchWording);
				assertThat(messages.getMessage(key, new Object[] { dutchWording }, Locale.ENGLISH)).as(key)
					.isNotBlank()
					.isNotEqualTo(dutchWording);
			}
		}
	}

	/** The register's keys once overwrote the household registration page's title. */
	@Test
	void theHouseholdRegistrationPageKeepsItsOwnTitle() throws Exception {
		var session = Logins.session(mvc, "consulent.doetinchem");
		mvc.perform(get("/huishoudens/nieuw").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Huishouden registreren")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Verwerkingsregister"))));
		mvc.perform(get("/huishoudens/nieuw?lang=en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Register a household")));
	}

	@Test
	void onlyTheAdministratorSeesTheRegister() throws Exception {
		mvc.perform(get("/beheer/verwerkingsregister").session(Logins.session(mvc, "consulent.doetinchem")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/verwerkingsregister").with(Logins.basic("consulent.doetinchem")))
			.andExpect(status().isForbidden());
	}

}
