package nl.verbinder.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verbinder.Http;
import nl.verbinder.shared.TraceParent;
import org.springframework.http.MediaType;
import nl.verbinder.InteropIntegrationTest;
import nl.verbinder.Logins;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NotificationIntegrationTests extends InteropIntegrationTest {

	@Autowired
	Inburgering inburgering;

	@Autowired
	BackgroundWork background;

	@Autowired
	NotificationSender sender;

	@Autowired
	EmergencyAccess emergencyAccess;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	private String registerInOostGelre(String street) {
		HouseholdView household = background.callAs("consulent.oost-gelre", () -> inburgering
			.register(new GemeenteCode("GM1586"), street, "7141AB", LocalDate.of(2026, 9, 1), List
				.of(new Inburgering.NewMember("Hiwet", "Gebremedhin", LocalDate.of(1990, 2, 3), Gezinsrol.INBURGERAAR)),
					true));
		String id = household.id().value().toString();
		awaitTrue(() -> jdbc.sql("select count(*) from notification.outbox where subject = ?")
			.param(id)
			.query(Integer.class)
			.single() > 0, "the outbox row of household " + id);
		return id;
	}

	@Test
	void sendsARegisteredHouseholdAsACloudEventWithIdsOnlyToTheSubscribersThatWantIt() throws Exception {
		String household = registerInOostGelre("Hoofdstraat 1");
		sender.sendDue();

		List<Received> arrived = RECEIVED.stream().filter(r -> r.body().contains(household)).toList();
		assertThat(arrived).as("one subscriber wants Oost Gelre's events, the other only plans").hasSize(1);
		Received received = arrived.getFirst();
		assertThat(received.path()).isEqualTo("/events/oost-gelre");
		assertThat(received.header("Content-Type")).startsWith("application/cloudevents+json");
		JsonNode event = json.readTree(received.body());
		assertThat(event.get("specversion").asString()).isEqualTo("1.0");
		assertThat(event.get("type").asString()).isEqualTo("nl.verbinder.huishouden-geregistreerd");
		assertThat(event.get("source").asString()).isEqualTo("urn:nld:oin:00000001234567890000:systeem:verbinder");
		assertThat(event.get("subject").asString()).isEqualTo(household);
		assertThat(event.get("id").asString()).hasSize(36);
		assertThat(event.get("time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
		assertThat(event.get("dataref").asString())
			.isEqualTo("https://verbinder.example.nl/api/v1/huishoudens/" + household);
		assertThat(event.get("sequence").asString()).matches("\\d+");
		assertThat(event.get("sequencetype").asString()).isEqualTo("Integer");
		assertThat(event.get("data").get("gemeente").asString()).isEqualTo("GM1586");
		assertThat(received.body()).as("no personal data in a notification")
			.doesNotContain("Hiwet", "Gebremedhin", "Hoofdstraat", "1990");
		assertThat(jdbc.sql("select status from notification.outbox where subject = ?")
			.param(household)
			.query(String.class)
			.single()).isEqualTo("DELIVERED");
	}

	@Test
	void eachDeliveryIsSignedSoThatTheSubscriberCanVerifyItWithItsSecret() throws Exception {
		String household = registerInOostGelre("Kerkstraat 3");
		sender.sendDue();
		Received received = RECEIVED.stream().filter(r -> r.body().contains(household)).findFirst().orElseThrow();
		String id = received.header("webhook-id");
		String timestamp = received.header("webhook-timestamp");
		assertThat(id).isEqualTo(json.readTree(received.body()).get("id").asString());
		assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(300L));

		// What the subscriber does (Standard Webhooks): HMAC-SHA256 with its secret's
		// bytes
		// over id.timestamp.body, compared in constant time.
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(SUBSCRIBER_SECRET.substring("whsec_".length())),
				"HmacSHA256"));
		byte[] expected = mac.doFinal((id + "." + timestamp + "." + received.body()).getBytes(StandardCharsets.UTF_8));
		String signature = received.header("webhook-signature");
		assertThat(signature).startsWith("v1,");
		assertThat(MessageDigest.isEqual(Base64.getDecoder().decode(signature.substring(3)), expected)).isTrue();
		byte[] forged = mac.doFinal((id + "." + timestamp + "." + received.body().replace("GM1586", "GM0197"))
			.getBytes(StandardCharsets.UTF_8));
		assertThat(MessageDigest.isEqual(Base64.getDecoder().decode(signature.substring(3)), forged))
			.as("a changed body does not verify")
			.isFalse();
	}

	@Test
	void retriesASubscriberThatAnswers500ThenKeepsADeadLetterThatTheAdministratorSendsAgain() throws Exception {
		String household = registerInOostGelre("Hoofdstraat 2");
		FAILING.add(household);
		try {
			for (int attempt = 0; attempt < 3; attempt++) {
				sender.sendDue();
			}
			assertThat(RECEIVED.stream().filter(r -> r.body().contains(household)).count())
				.as("three attempts, then no more")
				.isEqualTo(3);
			sender.sendDue();
			assertThat(RECEIVED.stream().filter(r -> r.body().contains(household)).count()).isEqualTo(3);
			var row = jdbc.sql("select id, status, attempts, last_error from notification.outbox where subject = ?")
				.param(household)
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.single();
			assertThat(row.subList(1, 4)).containsExactly("DEAD", "3", "HTTP 500");

			var admin = Logins.session(mvc, "beheerder");
			String page = Http
				.ok(mvc.perform(get("/beheer/notificaties").session(admin).locale(Locale.forLanguageTag("nl"))));
			assertThat(page).contains(household, "Huishouden geregistreerd", "zaaksysteem-oost-gelre", "HTTP 500",
					"Opnieuw versturen");
			var caseManager = Logins.session(mvc, "consulent.oost-gelre");
			mvc.perform(get("/beheer/notificaties").session(caseManager)).andExpect(status().isForbidden());

			FAILING.remove(household);
			mvc.perform(post("/beheer/notificaties/{id}/opnieuw", row.getFirst()).session(admin).with(csrf()))
				.andExpect(status().is3xxRedirection());
			sender.sendDue();
			assertThat(RECEIVED.stream().filter(r -> r.body().contains(household)).count()).isEqualTo(4);
			assertThat(jdbc.sql("select status from notification.outbox where subject = ?")
				.param(household)
				.query(String.class)
				.single()).isEqualTo("DELIVERED");
			assertThat(mvc.perform(get("/beheer/notificaties").session(admin))
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain(household);
		}
		finally {
			FAILING.remove(household);
		}
	}

	@Test
	void aRequestWithATraceparentLeadsToAProcessingRecordAndAnEventOfTheSameTrace() throws Exception {
		String traceId = java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
		String response = mvc
			.perform(post("/api/v1/huishoudens").with(Logins.basic("consulent.oost-gelre"))
				.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"gemeente":"GM1586","adres":"Markt 3","postcode":"7141 AB","aankomstdatum":"2026-10-01",
								 "leden":[{"voornaam":"Rahel","achternaam":"Tesfaye","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR"}],
								 "bevestigNieuwePersonen":true}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("traceparent", org.hamcrest.Matchers.startsWith("00-" + traceId + "-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String household = json.readTree(response).get("id").asString();
		awaitTrue(() -> jdbc.sql("select count(*) from notification.outbox where subject = ?")
			.param(household)
			.query(Integer.class)
			.single() > 0, "the outbox row of household " + household);
		sender.sendDue();

		JsonNode event = json
			.readTree(RECEIVED.stream().filter(r -> r.body().contains(household)).findFirst().orElseThrow().body());
		assertThat(event.get("traceparent").asString()).as("the same trace, a span of its own")
			.startsWith("00-" + traceId + "-")
			.doesNotContain("00f067aa0ba902b7");
		UUID asUuid = TraceParent.parse("00-" + traceId + "-00f067aa0ba902b7-01").orElseThrow().traceUuid();
		assertThat(jdbc.sql("select count(*) from access.processing_record where trace_id = ? and actor = ?")
			.params(asUuid, "consulent.oost-gelre")
			.query(Integer.class)
			.single()).as("the registration's processing record carries the request's trace id").isPositive();
	}

	@Test
	void anEmergencyAccessTellsTheHouseholdsOwnMunicipalityWithoutTheReason() throws Exception {
		String household = registerInOostGelre("Stationsstraat 9");
		String reason = "Gezin staat aan de balie in Aalten zonder onderdak; opvang regelen";
		background.callAs("consulent.aalten",
				() -> emergencyAccess.grant(UUID.fromString(household), new GemeenteCode("GM1586"), reason));
		awaitTrue(() -> jdbc.sql("select count(*) from notification.outbox where subject = ? and type = ?")
			.params(household, NotificationReactions.EMERGENCY_ACCESS_GRANTED)
			.query(Integer.class)
			.single() > 0, "the emergency-access row of household " + household);
		List<String> rows = jdbc
			.sql("select subscriber || '|' || event from notification.outbox where subject = ? and type = ?")
			.params(household, NotificationReactions.EMERGENCY_ACCESS_GRANTED)
			.query(String.class)
			.list();
		assertThat(rows).as("to Oost Gelre's subscriber only").hasSize(1);
		JsonNode event = json.readTree(rows.getFirst().substring(rows.getFirst().indexOf('|') + 1));
		assertThat(event.get("data").get("gemeente").asString()).isEqualTo("GM1586");
		assertThat(event.get("data").get("doorGemeente").asString()).isEqualTo("GM0197");
		assertThat(rows.getFirst()).as("no reason, no names in a notification").doesNotContain("onderdak", "Hiwet");
	}

	static void awaitTrue(Supplier<Boolean> condition, String what) {
		long until = System.currentTimeMillis() + 20_000;
		while (!condition.get()) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("Waited in vain for " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

}
