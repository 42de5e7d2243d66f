package nl.verbinder.shell;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.yaml.snakeyaml.Yaml;

/**
 * What the OpenAPI document says of each operation beyond what springdoc sees in the
 * code: a description, and where a controller answers with a {@code ResponseEntity} of
 * another status (201, 202, 204) or body type, that status and type; and the problems an
 * operation gives beyond those every operation can give ({@code problems}: status and
 * what it means, e.g. 503 where another system is asked). One file per module in
 * {@code openapi/<module>.yaml}, per path (relative to the server URL) and method.
 */
final class OperationDescriptions {

	static final String LOCATION = "classpath*:openapi/*.yaml";

	private record Entry(String description, List<Integer> status, @Nullable String produces,
			Map<Integer, String> problems) {
	}

	private final Map<String, Entry> entries;

	private final Set<String> used = new TreeSet<>();

	private OperationDescriptions(Map<String, Entry> entries) {
		this.entries = entries;
	}

	static OperationDescriptions load() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					Map<String, Map<String, Map<String, Object>>> paths = new Yaml().load(in);
					paths.forEach((path, methods) -> methods.forEach((method, fields) -> {
						String key = key(path, method);
						if (entries.put(key, entry(fields)) != null) {
							throw new IllegalStateException(key + " is described twice (" + resource + ")");
						}
					}));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new OperationDescriptions(entries);
	}

	private static Entry entry(Map<String, Object> fields) {
		Object status = fields.get("status");
		List<Integer> statuses = status == null ? List.of() : status instanceof List<?> list
				? list.stream().map(s -> (Integer) s).toList() : List.of((Integer) status);
		@SuppressWarnings("unchecked")
		Map<Integer, String> problems = fields.get("problems") == null ? Map.of()
				: new LinkedHashMap<>((Map<Integer, String>) fields.get("problems"));
		return new Entry((String) fields.get("description"), statuses, (String) fields.get("produces"), problems);
	}

	private static String key(String path, String method) {
		return method.toUpperCase(Locale.ROOT) + " " + path;
	}

	/** Describes one operation, and corrects its successes where the code says more. */
	void describe(String path, PathItem.HttpMethod method, Operation operation) {
		Entry entry = entries.get(key(path, method.name()));
		if (entry == null) {
			return;
		}
		used.add(key(path, method.name()));
		operation.setDescription(entry.description());
		ApiResponses responses = operation.getResponses();
		entry.problems()
			.forEach((status, description) -> responses.addApiResponse(Integer.toString(status), new ApiResponse()
				.description(description)
				.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))
				.addHeaderObject(ApiDocumentation.VERSION_HEADER, ApiDocumentation.versionHeader())));
		if (!entry.problems().isEmpty()) {
			sortByStatus(responses);
		}
		String documented = responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElse(null);
		if (documented == null) {
			return;
		}
		ApiResponse success = responses.get(documented);
		if (entry.produces() != null && success.getContent() != null) {
			MediaType body = success.getContent().values().iterator().next();
			success.setContent(new Content().addMediaType(entry.produces(), body));
		}
		if (!entry.status().isEmpty()) {
			responses.remove(documented);
			for (int status : entry.status()) {
				ApiResponse response = new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase())
					.headers(success.getHeaders());
				if (status != HttpStatus.NO_CONTENT.value()) {
					response.setContent(success.getContent());
				}
				responses.addApiResponse(Integer.toString(status), response);
			}
			sortByStatus(responses);
		}
	}

	/** Entries that describe no operation of the document: a path or method changed. */
	List<String> unused() {
		List<String> unused = new ArrayList<>(entries.keySet());
		unused.removeAll(used);
		return unused;
	}

	private static void sortByStatus(ApiResponses responses) {
		var sorted = new TreeSet<>(responses.keySet());
		Map<String, ApiResponse> copy = new LinkedHashMap<>(responses);
		responses.clear();
		sorted.forEach(code -> responses.addApiResponse(code, copy.get(code)));
	}

}
