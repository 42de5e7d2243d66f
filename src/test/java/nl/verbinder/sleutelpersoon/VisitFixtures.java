package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the visit tests share: a key person of their own for each test (so that no test
 * uses up the week of the demo key person, whom every test in the shared context may
 * ask), a household in Winterswijk whose first member has a portal account, a request for
 * a home visit in Tigrinya, offered to and accepted by that key person, and its visit
 * planned at home. Everything goes through the modules' own services and API.
 */
final class VisitFixtures {

	static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	static final String PASSWORD = "een bezoek van de sleutelpersoon";

	private static final GemeenteCode GM_WINTERSWIJK = new GemeenteCode("GM0294");

	/** A key person of the pool with an account of their own. */
	record KeyPerson(UUID id, String username, String name) {

		RequestPostProcessor login() {
			return Logins.basic(username);
		}

	}

	/** A household with a portal account, its request, and the key person it is for. */
	record Fixture(HouseholdView household, String newcomer, String request, KeyPerson keyPerson) {

		UUID person() {
			return household.members().getFirst().personId();
		}

	}

	private final MockMvc mvc;

	private final BackgroundWork background;

	private final Inburgering inburgering;

	private final Invitations invitations;

	private final Sleutelpersonen sleutelpersonen;

	private final AccountAdministration accounts;

	private final JsonMapper json = JsonMapper.builder().build();

	VisitFixtures(MockMvc mvc, BackgroundWork background, Inburgering inburgering, Invitations invitations,
			Sleutelpersonen sleutelpersonen, AccountAdministration accounts) {
		this.mvc = mvc;
		this.background = background;
		this.inburgering = inburgering;
		this.invitations = invitations;
		this.sleutelpersonen = sleutelpersonen;
		this.accounts = accounts;
	}

	/**
	 * A new key person in Winterswijk who translates Tigrinya for eight hours a week,
	 * with a certificate of conduct and the trainings, signing in with the demo password.
	 */
	KeyPerson keyPerson(String voornaam) {
		String unique = Long.toString(System.nanoTime(), 36);
		String username = "sleutelpersoon.bezoek." + unique;
		String achternaam = "Bezoeker" + unique;
		AccountId account = background.callAs("beheerder",
				() -> accounts.open(new AccountAdministration.NewAccount(username, voornaam + " " + achternaam,
						Role.KEY_PERSON, null, Logins.DEMO_PASSWORD)));
		LocalDate today = LocalDate.now();
		var person = new Sleutelpersoon(UUID.randomUUID(), voornaam, achternaam,
				List.of(new Sleutelpersoon.Taal(new TaalCode("ti"), LanguageLevel.NATIVE),
						new Sleutelpersoon.Taal(new TaalCode("nl"), LanguageLevel.B1)),
				Set.of("ER"), Set.of(Rol.VERTALER), Set.of(Domein.GEZONDHEID_EN_ZORG), GM_WINTERSWIJK,
				Set.of(GM_WINTERSWIJK), 25, 8,
				List.of(new Sleutelpersoon.Dienstverband(Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER,
						today.minusYears(1))),
				today.minusMonths(6), List.of("Basistraining sleutelpersoon", "Privacy en geheimhouding"),
				today.minusYears(1), null, null, Sleutelpersoon.Contact.NONE);
		background.runAs("coordinator", () -> {
			sleutelpersonen.add(person);
			sleutelpersonen.linkAccount(person.id(), account.value());
		});
		return new KeyPerson(person.id(), username, voornaam + " " + achternaam);
	}

	/**
	 * A household in Winterswijk with a portal account for its first member and a home
	 * visit request of fifteen minutes within the next ten days, not yet offered.
	 */
	Fixture request(String voornaam, KeyPerson keyPerson) throws Exception {
		HouseholdView household = background.callAs("consulent.winterswijk",
				() -> inburgering.register(GM_WINTERSWIJK, "Meddosestraat " + voornaam.length(), "7101 AB",
						LocalDate.now().minusMonths(2),
						List.of(new Inburgering.NewMember(voornaam, "Bezoek" + Long.toString(System.nanoTime(), 36),
								LocalDate.of(1985, 3, 4), Gezinsrol.INBURGERAAR, Geslacht.VROUW, "ER", "ER",
								LocalDate.now().minusMonths(4), null, null)),
						true));
		UUID person = household.members().getFirst().personId();
		var issued = background.callAs("consulent.winterswijk", () -> invitations.invite(household.id(), person, "ti"));
		String newcomer = invitations.activate(issued.code(), PASSWORD, PASSWORD,
				"10.7." + (System.nanoTime() % 200) + ".1");
		LocalDate from = LocalDate.now();
		String id = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"GM0294",
							 "wijk":"Centrum","van":"%s","tot":"%s","minuten":15,"urgentie":"NORMAAL","huishoudenId":"%s",
							 "doel":"Uitleg over de huisarts"}"""
						.formatted(from, from.plusDays(10), household.id()))
				.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		return new Fixture(household, newcomer, id, keyPerson);
	}

	/** The coordinator offers the request to the fixture's key person, who accepts it. */
	void offerAndAccept(Fixture f) throws Exception {
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/aanbod",
				"{\"sleutelpersoon\":\"" + f.keyPerson().id() + "\",\"versie\":0}")
			.with(COORDINATOR)).andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + f.request() + "/acceptatie", "{\"versie\":1}")
			.with(f.keyPerson().login())).andExpect(status().isOk());
	}

	/** A request accepted by a new key person of its own. */
	Fixture accepted(String voornaam) throws Exception {
		Fixture f = request(voornaam, keyPerson("Dawit"));
		offerAndAccept(f);
		return f;
	}

	/**
	 * The coordinator plans the visit at the household's home at ten, through the API.
	 */
	String planAtHome(Fixture f, LocalDate day) throws Exception {
		return mvc
			.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek",
					"{\"datum\":\"%s\",\"tijd\":\"10:00\",\"minuten\":60,\"waar\":\"THUIS\",\"tolk\":true}"
						.formatted(day))
				.with(COORDINATOR))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.soort").value("SLEUTELPERSOON"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The newcomer's API login. */
	RequestPostProcessor newcomer(Fixture f) {
		return httpBasic(f.newcomer(), PASSWORD);
	}

}
