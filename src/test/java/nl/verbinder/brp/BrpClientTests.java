package nl.verbinder.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The BRP client against the stub of the specification, without Spring. */
class BrpClientTests {

	static HttpServer server;

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		BrpStub.install(server);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	static BrpSettings settings(String apiKey) {
		return new BrpSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BrpStub.PATH), apiKey,
				null, Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	@Test
	void readsThePersonWithPartnersAndChildrenAsTheSpecificationShapesThem() {
		BrpPerson person = new BrpClient(settings(BrpStub.API_KEY), null).raadpleeg("999993653").orElseThrow();
		assertThat(person.achternaam()).isEqualTo("de Vries");
		assertThat(person.geboortedatum()).isEqualTo(LocalDate.of(1964, 9, 24));
		assertThat(person.geboorteland()).isEqualTo(new BrpPerson.Code("6030", "Nederland"));
		assertThat(person.adres().line()).isEqualTo("Tulpstraat 14a-bis");
		assertThat(person.gemeenteVanInschrijving()).isEqualTo("0518");
		assertThat(person.partners()).extracting(BrpPerson.Relative::bsn).containsExactly("999990032");
		assertThat(person.kinderen()).extracting(BrpPerson.Relative::voornamen, BrpPerson.Relative::geboortedatum)
			.as("of a date of which only the year is known no day is made up")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Sanne", LocalDate.of(2012, 11, 30)),
					org.assertj.core.groups.Tuple.tuple("Daan", null));
	}

	@Test
	void anUnknownBsnIsEmpty() {
		assertThat(new BrpClient(settings(BrpStub.API_KEY), null).raadpleeg("999990007")).isEmpty();
	}

	@Test
	void aRefusalATimeoutOrNoServerIsAFailure() {
		assertThatThrownBy(() -> new BrpClient(settings("wrong"), null).raadpleeg("999993653"))
			.isInstanceOf(BrpClient.Failure.class)
			.hasMessageContaining("401");
		assertThatThrownBy(() -> new BrpClient(settings(BrpStub.API_KEY), null).raadpleeg(BrpStub.SLOW))
			.isInstanceOf(BrpClient.Failure.class);
		assertThatThrownBy(() -> new BrpClient(new BrpSettings(URI.create("http://127.0.0.1:9/brp"), null, null,
				Duration.ofSeconds(1), Duration.ofSeconds(1)), null)
			.raadpleeg("999993653")).isInstanceOf(BrpClient.Failure.class);
	}

	@Test
	void theNationalityIsMatchedByItsAdjective() {
		assertThat(Nationalities.country(new BrpPerson.Code(null, "Syrische"))).contains("SY");
		assertThat(Nationalities.country(new BrpPerson.Code(null, "Eritrese "))).contains("ER");
		assertThat(Nationalities.country(new BrpPerson.Code("0499", "Staatloos"))).isEmpty();
		assertThat(List.of(new BrpSettings(null, null, null, Duration.ZERO, Duration.ZERO).enabled()))
			.containsExactly(false);
	}

}
