package nl.verbinder.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class NotificationSettingsTests {

	static NotificationSettings.Subscriber subscriber(String url, Set<String> gemeenten, String secret) {
		return new NotificationSettings.Subscriber("zaaksysteem", URI.create(url), Set.of(), gemeenten, secret);
	}

	static NotificationSettings settings(String apiUrl, List<NotificationSettings.Subscriber> subscribers) {
		return new NotificationSettings("urn:nld:verbinder", URI.create(apiUrl), subscribers, 6, Duration.ofSeconds(30),
				Duration.ofHours(1), Duration.ofSeconds(10));
	}

	@Test
	void aSubscriberThatNamesNoMunicipalityGetsNoMunicipalitysEventsOnlyTheRegions() {
		var none = subscriber("https://zaken.example/events", Set.of(), "s");
		assertThat(none.wants("nl.verbinder.huishouden-geregistreerd", "GM0197")).isFalse();
		assertThat(none.wants("nl.verbinder.plaatsing-gepubliceerd", null)).isTrue();
		var aalten = subscriber("https://zaken.example/events", Set.of("GM0197"), "s");
		assertThat(aalten.wants("nl.verbinder.huishouden-geregistreerd", "GM0197")).isTrue();
		assertThat(aalten.wants("nl.verbinder.huishouden-geregistreerd", "GM0222")).isFalse();
	}

	@Test
	void productionWantsHttpsASecretAndTheApiUrlOnceThereAreSubscribers() {
		assertThat(settings("http://localhost:8080/api/v1", List.of()).productionProblems())
			.as("without subscribers nothing is sent, so nothing is missing")
			.isEmpty();
		assertThat(settings("http://localhost:8080/api/v1",
				List.of(subscriber("http://zaken.example/events", Set.of("GM0197"), null)))
			.productionProblems()).hasSize(3)
			.anySatisfy(p -> assertThat(p).contains("subscribers[0].url", "https"))
			.anySatisfy(p -> assertThat(p).contains("subscribers[0].secret"))
			.anySatisfy(p -> assertThat(p).contains("api-url"));
		assertThat(settings("https://verbinder.gemeente.example/api/v1",
				List.of(subscriber("https://zaken.example/events", Set.of("GM0197"), "whsec_c2VjcmV0")))
			.productionProblems()).isEmpty();
	}

	@Test
	void theSenderDoesNotStartUnderProductionWithAnHttpSubscriber() {
		var production = new MockEnvironment();
		production.setActiveProfiles("production");
		var insecure = settings("https://verbinder.gemeente.example/api/v1",
				List.of(subscriber("http://zaken.example/events", Set.of("GM0197"), "geheim")));
		assertThatThrownBy(() -> new NotificationSender(null, insecure, Clock.systemUTC(), production))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("must be an https URL under production");
		assertThat(new NotificationSender(null, insecure, Clock.systemUTC(), new MockEnvironment())).isNotNull();
	}

	@Test
	void aStandardWebhooksSecretIsItsBase64Bytes() {
		assertThat(WebhookSignature.key("whsec_c2VjcmV0")).isEqualTo("secret".getBytes());
		assertThat(WebhookSignature.sign("whsec_c2VjcmV0", "id", 1, "{}"))
			.isEqualTo(WebhookSignature.sign("secret", "id", 1, "{}"))
			.startsWith("v1,");
	}

}
