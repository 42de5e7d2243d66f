package nl.verbinder.brp;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.verbinder.shared.TraceParent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the BRP for one person ({@code RaadpleegMetBurgerservicenummer}) over HTTP with
 * timeouts, the configured credentials and the request's W3C {@code traceparent}, and
 * turns the answer into a {@link BrpPerson}. Unknown (an empty answer or 404) is empty;
 * anything else that is not an answer (another status, a refused connection, a timeout, a
 * body that does not parse) is a {@link Failure}.
 */
class BrpClient {

	/** The header the Haal Centraal APIs take an API key in. */
	static final String API_KEY_HEADER = "X-API-KEY";

	private final BrpSettings settings;

	private final RestClient http;

	private final @Nullable Supplier<String> bearerToken;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	BrpClient(BrpSettings settings, @Nullable Supplier<String> bearerToken) {
		this.settings = settings;
		this.bearerToken = bearerToken;
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		factory.setReadTimeout(settings.readTimeout());
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	/** Not an answer from the BRP; {@code reason} is for the log, never for a page. */
	static class Failure extends RuntimeException {

		Failure(String reason, @Nullable Throwable cause) {
			super(reason, cause);
		}

	}

	Optional<BrpPerson> raadpleeg(String bsn) {
		String body = json.writeValueAsString(PersonenQuery.RaadpleegMetBurgerservicenummer.of(bsn));
		try {
			PersonenQuery.Response answer = http.post()
				.uri(settings.personen())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
				.headers(headers -> {
					if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
						headers.set(API_KEY_HEADER, settings.apiKey());
					}
					if (bearerToken != null) {
						headers.setBearerAuth(bearerToken.get());
					}
					TraceParent.current()
						.map(TraceParent::child)
						.ifPresent(t -> headers.set("traceparent", t.header()));
				})
				.body(body)
				.exchange((request, response) -> {
					HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
					if (status == HttpStatus.NOT_FOUND) {
						return null;
					}
					if (status == null || !status.is2xxSuccessful()) {
						throw new Failure("BRP answered HTTP " + response.getStatusCode().value(), null);
					}
					return json.readValue(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
							PersonenQuery.Response.class);
				});
			if (answer == null || answer.personen() == null) {
				return Optional.empty();
			}
			return answer.personen()
				.stream()
				.filter(p -> bsn.equals(p.burgerservicenummer()))
				.findFirst()
				.map(BrpClient::person);
		}
		catch (Failure e) {
			throw e;
		}
		catch (RuntimeException e) {
			// A timeout or refused connection (RestClientException), a body that is not
			// the
			// specification's (JacksonException), no token from the identity provider.
			throw new Failure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
		}
	}

	static BrpPerson person(PersonenQuery.Persoon p) {
		PersonenQuery.Naam naam = p.naam();
		PersonenQuery.Geboorte geboorte = p.geboorte();
		PersonenQuery.Verblijfadres adres = p.verblijfplaats() == null ? null : p.verblijfplaats().verblijfadres();
		return new BrpPerson(Objects.requireNonNull(p.burgerservicenummer()), naam == null ? null : naam.voornamen(),
				naam == null ? null : naam.achternaam(), geboorte == null ? null : date(geboorte.datum()),
				p.geslacht() == null ? null : p.geslacht().code(),
				geboorte == null || geboorte.land() == null ? null : code(geboorte.land()),
				p.nationaliteiten() == null ? List.of()
						: p.nationaliteiten()
							.stream()
							.filter(n -> n.nationaliteit() != null)
							.map(n -> code(n.nationaliteit()))
							.toList(),
				adres == null ? null : address(adres),
				p.gemeenteVanInschrijving() == null ? null : p.gemeenteVanInschrijving().code(),
				relatives(p.partners()), relatives(p.kinderen()));
	}

	private static List<BrpPerson.Relative> relatives(@Nullable List<PersonenQuery.Gerelateerde> related) {
		if (related == null) {
			return List.of();
		}
		return related.stream()
			.map(r -> new BrpPerson.Relative(r.burgerservicenummer(), r.naam() == null ? null : r.naam().voornamen(),
					r.naam() == null ? null : r.naam().achternaam(),
					r.geboorte() == null ? null : date(r.geboorte().datum())))
			.filter(r -> r.bsn() != null || r.achternaam() != null)
			.toList();
	}

	private static BrpPerson.Address address(PersonenQuery.Verblijfadres a) {
		String straat = a.officieleStraatnaam() != null ? a.officieleStraatnaam() : a.korteStraatnaam();
		return new BrpPerson.Address(straat, a.huisnummer(), a.huisletter(), a.huisnummertoevoeging(), a.postcode(),
				a.woonplaats());
	}

	private static BrpPerson.Code code(PersonenQuery.Waardetabel value) {
		return new BrpPerson.Code(value.code(), value.omschrijving());
	}

	/** A whole date only: of a year, or a year and month, no day is made up. */
	private static @Nullable LocalDate date(PersonenQuery.@Nullable Datum datum) {
		if (datum == null || !"Datum".equals(datum.type()) || datum.datum() == null) {
			return null;
		}
		try {
			return LocalDate.parse(datum.datum());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
