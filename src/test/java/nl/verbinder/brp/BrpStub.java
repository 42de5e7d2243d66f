package nl.verbinder.brp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the Haal Centraal BRP Personen API in a real HTTP server: it checks the
 * request against the specification ({@code POST /personen}, the {@code X-API-KEY}
 * header, a {@code RaadpleegMetBurgerservicenummer} query of 1 to 20 BSNs of nine digits
 * and a non-empty list of field paths) and answers with the examples in
 * {@code src/test/resources/brp/} (see {@code SOURCE.md} there), reduced to the fields
 * asked for, as the API does. A BSN without an example is answered with a 404 problem;
 * {@link #DOWN} with the specification's 503, {@link #SLOW} only after ten seconds.
 */
public final class BrpStub {

	public static final String PATH = "/haalcentraal/api/brp";

	public static final String API_KEY = "test-sleutel";

	/** A BSN whose lookup finds the BRP down (503). */
	public static final String DOWN = "999990019";

	/** A BSN whose lookup takes longer than Verbinder waits. */
	public static final String SLOW = "999990020";

	/** One request as it arrived. */
	public record Request(Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().getFirst())
				.findFirst()
				.orElse("");
		}
	}

	public static final List<Request> RECEIVED = new CopyOnWriteArrayList<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> QUERY_PROPERTIES = Set.of("type", "burgerservicenummer", "fields",
			"gemeenteVanInschrijving");

	private BrpStub() {
	}

	public static void install(HttpServer server) {
		server.createContext(PATH + "/personen", BrpStub::personen);
	}

	private static void personen(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		RECEIVED.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
		if (!"POST".equals(exchange.getRequestMethod())) {
			answer(exchange, 405, "{}");
			return;
		}
		if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-API-KEY"))) {
			answer(exchange, 401, example("problem-401.json"));
			return;
		}
		JsonNode query;
		try {
			query = JSON.readTree(body);
		}
		catch (RuntimeException e) {
			answer(exchange, 400, badRequest(List.of("body")));
			return;
		}
		List<String> invalid = invalidParams(query,
				String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
		if (!invalid.isEmpty()) {
			answer(exchange, 400, badRequest(invalid));
			return;
		}
		String bsn = query.get("burgerservicenummer").get(0).asString();
		if (DOWN.equals(bsn)) {
			answer(exchange, 503, example("problem-503.json"));
			return;
		}
		if (SLOW.equals(bsn)) {
			try {
				Thread.sleep(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		String found = example("personen-" + bsn + ".json");
		if (found == null) {
			answer(exchange, 404, example("problem-404.json"));
			return;
		}
		answer(exchange, 200, JSON.writeValueAsString(onlyFields((ObjectNode) JSON.readTree(found), query)));
	}

	/**
	 * What the specification's schema {@code RaadpleegMetBurgerservicenummer} refuses.
	 */
	static List<String> invalidParams(JsonNode query, String contentType) {
		List<String> invalid = new ArrayList<>();
		if (!contentType.startsWith("application/json")) {
			invalid.add("Content-Type");
		}
		if (!query.isObject()) {
			return List.of("body");
		}
		query.propertyNames().forEach(name -> {
			if (!QUERY_PROPERTIES.contains(name)) {
				invalid.add(name);
			}
		});
		if (!"RaadpleegMetBurgerservicenummer".equals(query.path("type").asString(""))) {
			invalid.add("type");
		}
		JsonNode bsns = query.path("burgerservicenummer");
		if (!bsns.isArray() || bsns.isEmpty() || bsns.size() > 20 || !allMatch(bsns, "[0-9]{9}")) {
			invalid.add("burgerservicenummer");
		}
		JsonNode fields = query.path("fields");
		if (!fields.isArray() || fields.isEmpty() || fields.size() > 130 || !allMatch(fields, "[a-zA-Z0-9._]{1,200}")) {
			invalid.add("fields");
		}
		return invalid;
	}

	private static boolean allMatch(JsonNode array, String pattern) {
		for (JsonNode item : array) {
			if (!item.isString() || !item.asString().matches(pattern)) {
				return false;
			}
		}
		return true;
	}

	/** The answer with, per person, only the properties the field paths begin with. */
	private static ObjectNode onlyFields(ObjectNode answer, JsonNode query) {
		Set<String> wanted = new java.util.HashSet<>();
		query.get("fields").forEach(f -> wanted.add(f.asString().split("\\.")[0]));
		for (JsonNode person : (ArrayNode) answer.get("personen")) {
			Iterator<String> names = ((ObjectNode) person).propertyNames().iterator();
			List<String> drop = new ArrayList<>();
			names.forEachRemaining(name -> {
				if (!wanted.contains(name)) {
					drop.add(name);
				}
			});
			((ObjectNode) person).remove(drop);
		}
		return answer;
	}

	private static String badRequest(List<String> invalid) {
		ObjectNode problem = (ObjectNode) JSON.readTree(example("problem-400.json"));
		ArrayNode params = problem.putArray("invalidParams");
		invalid.forEach(name -> params.addObject().put("name", name).put("code", "invalid"));
		return JSON.writeValueAsString(problem);
	}

	private static String example(String name) {
		try (InputStream in = BrpStub.class.getResourceAsStream("/brp/" + name)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
		try {
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (IOException e) {
			// The client gave up waiting (the slow BSN).
		}
		finally {
			exchange.close();
		}
	}

}
