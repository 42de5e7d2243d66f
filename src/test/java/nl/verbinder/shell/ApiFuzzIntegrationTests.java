package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.TestPrincipals;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and hostile input against every operation of the generated OpenAPI document:
 * wrong types, nulls inside lists, control and bidirectional-override characters, huge
 * text, impossible dates, broken and deeply nested JSON, ids that are no ids. Every
 * answer must be below 500, every refusal problem+json with the API-Version header, no
 * hostile input may be accepted, and the data must be as it was. A fixed seed picks a
 * sample of each operation's cases, so a run is repeatable and bounded; every operation
 * is covered on every run. Prints the figures (requests, refusals by status) at the end.
 */
@VerbinderIntegrationTest
class ApiFuzzIntegrationTests {

	private static final long SEED = 20261204L;

	private static final int FIELD_CASES_PER_OPERATION = 24;

	private static final List<String> USERS = List.of("consulent.aalten", "coordinator", "partner", "planner", "beleid",
			"beheerder", "sleutelpersoon", "amina");

	/**
	 * Schemas with the region's data (the processing log, which records reads, is left
	 * out on purpose).
	 */
	private static final List<String> DATA_SCHEMAS = List.of("inburgering", "sleutelpersoon", "partner", "matching",
			"placement", "reference", "portal");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EmbeddedPostgres postgres;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode document;

	record Operation(HttpMethod method, String path, JsonNode spec) {

		String id() {
			return method + " " + path;
		}
	}

	record Case(String description, String path, Map<String, String> query, String body) {
	}

	@Test
	void noHostileInputCrashesChangesOrGetsAcceptedAnywhere() throws Exception {
		document = json.readTree(
				mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse().getContentAsString());
		List<Operation> operations = operations();
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(40);

		Map<String, String> before = digest();
		Map<Integer, Integer> byStatus = new TreeMap<>();
		Map<String, Integer> byKind = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Operation operation : operations) {
			UserDetails caller = callerFor(operation);
			if (caller == null) {
				failures.add(operation.id() + ": no demo user may call it, so its input was never checked");
				continue;
			}
			for (Case c : cases(operation)) {
				MockHttpServletResponse response = send(operation.method(), c, caller, bodyType(operation));
				requests++;
				byStatus.merge(response.getStatus(), 1, Integer::sum);
				String where = operation.id() + " [" + c.description() + "] as " + caller.getUsername();
				if (response.getStatus() >= 500) {
					failures.add(where + ": " + response.getStatus() + " " + abbreviate(response.getContentAsString()));
				}
				else if (response.getStatus() < 400) {
					failures.add(where + ": accepted with " + response.getStatus());
				}
				else if (c.description().startsWith("body") && response.getStatus() != 400 && !(optionalBody(operation)
						&& (c.description().equals("body: empty") || c.description().equals("body: null")))) {
					// A body is read before anything is looked up: hostile content is a
					// 400, never a 403 or 404.
					failures.add(where + ": " + response.getStatus() + " instead of 400 for a hostile body");
				}
				else {
					byKind.merge(kind(response), 1, Integer::sum);
					String type = String.valueOf(response.getContentType());
					if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
						failures.add(where + ": " + response.getStatus() + " as " + type
								+ (response.getErrorMessage() == null ? "" : " (" + response.getErrorMessage() + ")"));
					}
					if (response.getHeader("API-Version") == null) {
						failures.add(where + ": " + response.getStatus() + " without API-Version");
					}
				}
			}
		}
		System.out.printf("API fuzz: %d operations, %d requests, answers by status %s, refusals by kind %s%n",
				operations.size(), requests, byStatus, byKind);
		assertThat(failures).as("answers to hostile input").isEmpty();
		assertThat(digest()).as("the region's data after all refused requests").isEqualTo(before);
	}

	/** What a refusal said: the code of its first invalid parameter, or its status. */
	private String kind(MockHttpServletResponse response) {
		try {
			JsonNode problem = json.readTree(response.getContentAsString());
			JsonNode code = problem.path("invalidParams").path(0).path("code");
			return code.isMissingNode() ? String.valueOf(response.getStatus()) : code.asString();
		}
		catch (Exception e) {
			return "unreadable";
		}
	}

	/**
	 * An operation whose body may be left out: then an empty or null body is no body, not
	 * a hostile one.
	 */
	private static boolean optionalBody(Operation operation) {
		return !operation.spec().path("requestBody").path("required").asBoolean(false);
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		// The paths are relative to the server URL (/api/v1).
		String server = document.at("/servers/0/url").asString();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), server + path.getKey(),
						method.getValue()));
			}
		}
		return operations;
	}

	/**
	 * The first demo user whose role may call the operation (a bare request is not
	 * refused as forbidden).
	 */
	private @Nullable UserDetails callerFor(Operation operation) throws Exception {
		for (String username : USERS) {
			UserDetails details = TestPrincipals.of(context, username);
			Case bare = new Case("bare", samplePath(operation, Map.of()), Map.of(),
					operation.method() == HttpMethod.GET ? null : "{}");
			int status = send(operation.method(), bare, details, bodyType(operation)).getStatus();
			if (status != 403 && status != 401) {
				return details;
			}
		}
		return null;
	}

	/**
	 * The body's media type the operation declares (JSON unless it takes another, e.g.
	 * CSV).
	 */
	private static MediaType bodyType(Operation operation) {
		var types = operation.spec().path("requestBody").path("content").propertyNames();
		return types.contains(MediaType.APPLICATION_JSON_VALUE) || types.isEmpty() ? MediaType.APPLICATION_JSON
				: MediaType.parseMediaType(types.iterator().next());
	}

	private MockHttpServletResponse send(HttpMethod method, Case c, UserDetails caller, MediaType type)
			throws Exception {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(c.path());
		MockHttpServletRequestBuilder builder = request(method, uri.build().toUriString()).with(user(caller));
		c.query().forEach(builder::param);
		if (c.body() != null) {
			builder.contentType(type).content(c.body());
		}
		return mvc.perform(builder).andReturn().getResponse();
	}

	// --- cases
	// ---------------------------------------------------------------------------------------------

	private List<Case> cases(Operation operation) {
		Random random = new Random(SEED ^ operation.id().hashCode());
		List<Case> cases = new ArrayList<>();
		List<JsonNode> parameters = parameters(operation);
		Map<String, String> validQuery = new LinkedHashMap<>();
		for (JsonNode parameter : parameters) {
			if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
				validQuery.put(parameter.get("name").asString(), sampleText(schema(parameter.path("schema"))));
			}
		}
		String path = samplePath(operation, Map.of());
		JsonNode body = requestBodySchema(operation);
		String validBody = body == null ? null : sample(body, 0).toString();

		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			JsonNode schema = schema(parameter.path("schema"));
			for (Map.Entry<String, String> hostile : hostileTexts(schema).entrySet()) {
				if ("path".equals(parameter.path("in").asString())) {
					if (hostile.getKey().equals("nul") || hostile.getKey().equals("huge")) {
						continue; // the web server refuses these before the application
									// (tested apart, over HTTP)
					}
					cases.add(new Case("path " + name + ": " + hostile.getKey(),
							samplePath(operation, Map.of(name, hostile.getValue())), validQuery, validBody));
				}
				else if ("query".equals(parameter.path("in").asString())) {
					Map<String, String> query = new LinkedHashMap<>(validQuery);
					query.put(name, hostile.getValue());
					cases.add(new Case("query " + name + ": " + hostile.getKey(), path, query, validBody));
				}
			}
		}
		if (body != null) {
			cases.add(new Case("body: empty", path, validQuery, ""));
			cases.add(new Case("body: broken JSON", path, validQuery, "{\"a\":"));
			cases.add(new Case("body: null", path, validQuery, "null"));
			cases.add(new Case("body: text", path, validQuery, "\"x\""));
			cases.add(new Case("body: deeply nested arrays", path, validQuery, "[".repeat(5000) + "]".repeat(5000)));
			cases.add(new Case("body: deeply nested objects", path, validQuery,
					"{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
			List<Case> fieldCases = new ArrayList<>();
			JsonNode sample = sample(body, 0);
			for (Map.Entry<String, UnaryOperator<JsonNode>> mutation : mutations(body).entrySet()) {
				fieldCases.add(new Case("body " + mutation.getKey(), path, validQuery,
						mutation.getValue().apply(sample.deepCopy()).toString()));
			}
			Collections.shuffle(fieldCases, random);
			cases.addAll(fieldCases.subList(0, Math.min(FIELD_CASES_PER_OPERATION, fieldCases.size())));
		}
		if (cases.isEmpty()) {
			cases.add(new Case("query: unknown parameter with NUL", path, Map.of("x", "a\u0000b"), validBody));
		}
		return cases;
	}

	private static Map<String, String> hostileTexts(JsonNode schema) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("nul", "a\u0000b");
		texts.put("bidi override", "abc\u202Edef");
		texts.put("huge", "x".repeat(20_001));
		String type = schema.path("type").asString("string");
		String format = schema.path("format").asString("");
		if (type.equals("integer") || type.equals("number")) {
			texts.put("not a number", "abc");
			texts.put("overflow", "99999999999999999999999");
		}
		if (format.equals("uuid") || schema.has("pattern")) {
			// Free text (a search) may hold any printable text; an id or a code may not.
			texts.put("not an id", "../../etc/passwd");
			texts.put("injection", "' or 1=1 --");
		}
		if (format.equals("date")) {
			texts.put("year zero", "0000-01-01");
		}
		if (schema.has("enum")) {
			texts.put("unknown value", "NO_SUCH_VALUE");
		}
		if (type.equals("boolean")) {
			texts.put("not a boolean", "2");
		}
		return texts;
	}

	/**
	 * Hostile values for every leaf of the sample body, keyed by a description with the
	 * field's path.
	 */
	private Map<String, UnaryOperator<JsonNode>> mutations(JsonNode schema) {
		Map<String, UnaryOperator<JsonNode>> mutations = new LinkedHashMap<>();
		collect(schema(schema), "", new ArrayList<>(), mutations, 0);
		return mutations;
	}

	private void collect(JsonNode schema, String label, List<Object> path, Map<String, UnaryOperator<JsonNode>> out,
			int depth) {
		if (depth > 6) {
			return;
		}
		String type = type(schema);
		switch (type) {
			case "object" -> {
				JsonNode properties = schema.path("properties");
				for (Map.Entry<String, JsonNode> p : properties.properties()) {
					List<Object> child = new ArrayList<>(path);
					child.add(p.getKey());
					collect(schema(p.getValue()), label.isEmpty() ? p.getKey() : label + "." + p.getKey(), child, out,
							depth + 1);
				}
				if (!path.isEmpty()) {
					out.put(label + ": text instead of an object", set(path, NODES.stringNode("x")));
				}
			}
			case "array" -> {
				out.put(label + ": null inside", set(path, NODES.arrayNode().addNull()));
				out.put(label + ": text instead of a list", set(path, NODES.stringNode("x")));
				List<Object> child = new ArrayList<>(path);
				child.add(0);
				collect(schema(schema.path("items")), label + "[0]", child, out, depth + 1);
			}
			case "integer" -> {
				out.put(label + ": fraction", set(path, NODES.numberNode(1.5)));
				out.put(label + ": as text", set(path, NODES.stringNode("2")));
				out.put(label + ": overflow", set(path, NODES.numberNode(new BigInteger("99999999999999999999999"))));
			}
			case "number" -> out.put(label + ": as text", set(path, NODES.stringNode("2")));
			case "boolean" -> {
				out.put(label + ": as text", set(path, NODES.stringNode("2")));
				out.put(label + ": as number", set(path, NODES.numberNode(1)));
			}
			default -> {
				out.put(label + ": number instead of text", set(path, NODES.numberNode(12345)));
				out.put(label + ": boolean instead of text", set(path, NODES.booleanNode(true)));
				out.put(label + ": NUL", set(path, NODES.stringNode("a\u0000b")));
				out.put(label + ": bidi override", set(path, NODES.stringNode("abc\u202Edef")));
				out.put(label + ": huge", set(path, NODES.stringNode("x".repeat(20_001))));
				if ("date".equals(schema.path("format").asString(""))) {
					out.put(label + ": year zero", set(path, NODES.stringNode("0000-01-01")));
					out.put(label + ": epoch day", set(path, NODES.numberNode(123)));
					out.put(label + ": far future", set(path, NODES.stringNode("+999999999-12-31")));
				}
				if (schema.has("enum")) {
					out.put(label + ": unknown value", set(path, NODES.stringNode("NO_SUCH_VALUE")));
				}
			}
		}
	}

	/**
	 * Replaces the value at {@code path} (property names and list indexes) with
	 * {@code value}.
	 */
	private static UnaryOperator<JsonNode> set(List<Object> path, JsonNode value) {
		return root -> {
			if (path.isEmpty()) {
				return value;
			}
			JsonNode node = root;
			for (int i = 0; i < path.size() - 1; i++) {
				Object step = path.get(i);
				node = step instanceof Integer index ? node.get(index) : node.get((String) step);
				if (node == null) {
					return root;
				}
			}
			Object last = path.getLast();
			if (last instanceof Integer index && node instanceof ArrayNode array && array.size() > index) {
				array.set(index, value);
			}
			else if (last instanceof String name && node instanceof ObjectNode object) {
				object.set(name, value);
			}
			return root;
		};
	}

	// --- the OpenAPI document
	// ------------------------------------------------------------------------------

	private List<JsonNode> parameters(Operation operation) {
		List<JsonNode> parameters = new ArrayList<>();
		operation.spec().path("parameters").forEach(parameters::add);
		return parameters;
	}

	private JsonNode requestBodySchema(Operation operation) {
		JsonNode content = operation.spec().path("requestBody").path("content");
		JsonNode media = content.path("application/json");
		if (media.isMissingNode()) {
			Iterator<JsonNode> any = content.iterator();
			media = any.hasNext() ? any.next() : media;
		}
		return media.isMissingNode() ? null : schema(media.path("schema"));
	}

	private JsonNode schema(JsonNode schema) {
		JsonNode resolved = schema;
		for (int i = 0; i < 10 && resolved.has("$ref"); i++) {
			String name = resolved.get("$ref").asString().substring("#/components/schemas/".length());
			resolved = document.path("components").path("schemas").path(name);
		}
		return resolved;
	}

	private static String type(JsonNode schema) {
		if (schema.has("type")) {
			JsonNode type = schema.get("type");
			return type.isArray() ? type.get(0).asString() : type.asString();
		}
		if (schema.has("properties")) {
			return "object";
		}
		if (schema.has("items")) {
			return "array";
		}
		return "string";
	}

	private JsonNode sample(JsonNode schema, int depth) {
		JsonNode s = schema(schema);
		return switch (type(s)) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth < 6) {
					s.path("properties")
						.properties()
						.forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
				}
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 6) {
					array.add(sample(s.path("items"), depth + 1));
				}
				yield array;
			}
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.0);
			case "boolean" -> NODES.booleanNode(true);
			default -> NODES.stringNode(sampleText(s));
		};
	}

	private static String sampleText(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return switch (schema.path("format").asString("")) {
			case "date" -> "2026-10-01";
			case "date-time" -> "2026-10-01T10:00:00Z";
			case "uuid" -> UUID.nameUUIDFromBytes(schema.toString().getBytes()).toString();
			default -> switch (schema.path("type").asString("string")) {
				case "integer", "number" -> "1";
				case "boolean" -> "true";
				default -> "GM0197";
			};
		};
	}

	private String samplePath(Operation operation, Map<String, String> overrides) {
		String path = operation.path();
		for (JsonNode parameter : parameters(operation)) {
			if ("path".equals(parameter.path("in").asString())) {
				String name = parameter.get("name").asString();
				String value = overrides.getOrDefault(name, sampleText(schema(parameter.path("schema"))));
				if ("GM0197".equals(value) && !name.toLowerCase().contains("gemeente") && !name.equals("a")
						&& !name.equals("b")) {
					value = UUID.nameUUIDFromBytes(name.getBytes()).toString();
				}
				path = path.replace("{" + name + "}",
						UriComponentsBuilder.fromPath("/" + value).build().encode().toUriString().substring(1));
			}
		}
		return path;
	}

	// --- the data
	// ------------------------------------------------------------------------------------------

	/**
	 * A fingerprint per table of the region's data, read as the database's superuser (no
	 * row-level security).
	 */
	private Map<String, String> digest() throws Exception {
		Map<String, String> digest = new TreeMap<>();
		try (Connection c = postgres.getDatabase("postgres", "verbinder").getConnection();
				Statement sql = c.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = sql
				.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
						+ "where table_type = 'BASE TABLE' and table_schema in ('" + String.join("','", DATA_SCHEMAS)
						+ "')")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = sql.executeQuery(
						"select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from "
								+ table + " t")) {
					rs.next();
					digest.put(table, rs.getString(1));
				}
			}
		}
		return digest;
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
