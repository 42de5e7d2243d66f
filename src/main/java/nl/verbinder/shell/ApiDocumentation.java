package nl.verbinder.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.verbinder.access.Permission;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.ApplicationModule;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI document as the NL API Design Rules ask it, made here for every endpoint at
 * once rather than with annotations on each controller: who to contact, the version in
 * {@code info.version} and in the {@code API-Version} header of every success
 * (/core/version-header), the server URL with the major version (/core/uri-version), the
 * problem responses every operation can give (/core/error-handling/problem-details), the
 * security schemes (bearer tokens, and Basic for development) and one tag per module.
 * {@code ApiDesignRulesIntegrationTests} lints the result with the project's ruleset
 * ({@code src/build/api-design-rules.spectral.yaml}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation implements WebMvcConfigurer {

	/** Where the API lives; the document's paths are relative to it. */
	static final String BASE_PATH = "/api/v1";

	/**
	 * Where the OpenAPI document is, relative to {@link #BASE_PATH}
	 * (/core/publish-openapi).
	 */
	static final String DOCUMENT_PATH = "/openapi.json";

	/**
	 * The operations anyone may call (relative paths): the API's home and its
	 * description, so that a developer finds the way in before having credentials.
	 */
	private static final Set<String> PUBLIC_PATHS = Set.of("/", DOCUMENT_PATH);

	static final String BASIC_AUTH = "basicAuth";

	static final String BEARER_AUTH = "bearerAuth";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String VERSION_HEADER = "API-Version";

	/**
	 * Who answers questions about this installation's API
	 * ({@code verbinder.api.contact.*}): the operator's service desk.
	 *
	 * @param name who answers
	 * @param url where to find them
	 * @param email where to write to
	 */
	@ConfigurationProperties("verbinder.api.contact")
	record ApiContact(String name, String url, String email) {
	}

	/**
	 * The base of the document: what springdoc cannot know. Server, contact, version,
	 * licence and security schemes.
	 */
	@Bean
	OpenAPI verbinderOpenApi(ApiContact contact) {
		return new OpenAPI()
			.info(new Info().title("Verbinder API")
				.version(ApiConventions.API_VERSION)
				.description("""
						The API of Verbinder, the regional backbone for the civic integration (inburgering) \
						of refugees with a residence permit: households and their inburgeraars, plans (PIP), \
						key persons, partners and referrals, talent matching, placement, purchasing reports, \
						and the newcomer's own portal (under /portaal). Every answer carries the full version \
						in the API-Version header; errors are application/problem+json (RFC 9457), with every \
						invalid field in invalidParams. Statutory and programme terms are Dutch, as in the \
						glossary of the project.""")
				.contact(new Contact().name(contact.name()).url(contact.url()).email(contact.email()))
				.license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
			.servers(List.of(new Server().url(BASE_PATH).description("This installation, version 1 of the API")))
			.components(new Components()
				.addSecuritySchemes(BASIC_AUTH,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("HTTP Basic with a local account (staff, or a newcomer on /portaal): "
									+ "for development and the demo only, refused under the production profile. "
									+ "Each request is a password login, throttled per client and account "
									+ "(429 with Retry-After)."))
				.addSecuritySchemes(BEARER_AUTH,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("An OAuth2 access token (a JWT) from the installation's identity "
									+ "provider, the only way in under the production profile: a machine client "
									+ "(client credentials: client_id, the one municipality in gemeente, e.g. "
									+ "GM0222) on the staff API, or a newcomer's app (its subject linked to the "
									+ "newcomer's account) on /portaal. The token may do what its scopes name and "
									+ "its holder's role allows (403 with error=\"insufficient_scope\" otherwise). "
									+ "Scopes: " + scopes() + "."))
				.addHeaders(VERSION_HEADER,
						new Header().description("The full version of the API that answered.")
							.required(true)
							.schema(typed("string").example(ApiConventions.API_VERSION))))
			.addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH))
			.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
	}

	/**
	 * Every permission's scope and what it grants, for the bearer scheme's description.
	 */
	private static String scopes() {
		return Arrays.stream(Permission.values())
			.map(p -> p.scope() + " (" + p.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Any web page may read the document (/core/publish-openapi: tools such as Swagger UI
	 * or ReDoc run on other origins); nothing else of the API is shared across origins.
	 */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (String path : List.of(BASE_PATH + "/openapi.json", "/v3/api-docs")) {
			registry.addMapping(path).allowedOrigins("*").allowedMethods("GET").allowCredentials(false);
		}
	}

	/**
	 * One tag per module (its display name), instead of one per controller class: a
	 * reader looks for households, not for {@code HouseholdApi}.
	 */
	@Bean
	OperationCustomizer moduleTags() {
		return (operation, handler) -> {
			String module = moduleName(handler.getBeanType());
			return operation.tags(List.of(module));
		};
	}

	/**
	 * Paths relative to the server URL, each operation's description, the version header
	 * on every success, the problem responses, and the tags declared.
	 */
	@Bean
	OperationDescriptions operationDescriptions() {
		return OperationDescriptions.load();
	}

	@Bean
	OpenApiCustomizer apiDesignRules(OperationDescriptions descriptions) {
		return openApi -> {
			relativePaths(openApi);
			openApi.getPaths().addPathItem(DOCUMENT_PATH, documentItem());
			openApi.getComponents()
				.addSchemas("Problem", problemSchema())
				.addSchemas("InvalidParam", invalidParamSchema());
			addProblemResponses(openApi.getComponents());
			Set<String> tags = new TreeSet<>();
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				descriptions.describe(path, method, operation);
				if (PUBLIC_PATHS.contains(path)) {
					operation.security(List.of()).addExtension("x-public", true);
				}
				describeResponses(path, method, operation);
				if (operation.getTags() != null) {
					tags.addAll(operation.getTags());
				}
			}));
			openApi.setTags(tags.stream()
				.map(name -> new Tag().name(name).description("The operations of the module " + name + "."))
				.toList());
		};
	}

	private static void relativePaths(OpenAPI openApi) {
		Paths relative = new Paths();
		openApi.getPaths()
			.forEach((path, item) -> relative
				.addPathItem(path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path, item));
		openApi.setPaths(relative);
	}

	/**
	 * The document describes itself (/core/publish-openapi): its controller only forwards
	 * to springdoc's, so springdoc does not see it.
	 */
	private static PathItem documentItem() {
		ApiResponse document = new ApiResponse().description("The OpenAPI document of this API.")
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					new MediaType().schema(typed("object").description("An OpenAPI 3.0 document."))))
			.addHeaderObject("access-control-allow-origin", new Header()
				.description(
						"* : any web page may read the document (sent when the request has an " + "Origin header).")
				.schema(typed("string").example("*")));
		return new PathItem().get(new Operation().operationId("openapi")
			.tags(List.of(moduleName(ApiDocumentation.class)))
			.responses(new ApiResponses().addApiResponse("200", document)));
	}

	private static void addProblemResponses(Components components) {
		problem(components, "BadRequest", "Invalid input: a parameter, a field of the body or the body itself "
				+ "(each named in invalidParams), or a rule of the domain that the request breaks (its key in code).");
		problem(components, "Unauthorized", "No credentials, or wrong ones.");
		problem(components, "Forbidden",
				"The account's role or municipality does not allow this, or a rule forbids sharing.");
		problem(components, "NotFound", "There is no such resource, or none that this account may see.");
		problem(components, "Conflict",
				"The resource changed since it was read (send the current version), or it conflicts with another.");
		problem(components, "TooManyRequests",
				"Too many password logins from this client or for this account: try again after Retry-After seconds.")
			.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
				.schema(typed("integer").format("int32")));
		problem(components, "ServiceUnavailable",
				"Verbinder is overloaded for a moment (no database connection came free in time, or a password "
						+ "login could not be checked in time): nothing was done, try again after Retry-After seconds.")
			.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
				.schema(typed("integer").format("int32")));
	}

	private static ApiResponse problem(Components components, String name, String description) {
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))
			.addHeaderObject(VERSION_HEADER, versionHeader());
		components.addResponses(name, response);
		return response;
	}

	/**
	 * What every operation can answer: the version header on its successes; 400 (every
	 * request's parameters are checked), 401, 403 and 429 (every request is
	 * authenticated); 404 where a path names a resource; 409 where it changes one; 503
	 * when Verbinder is overloaded for a moment (unless the operation says what its own
	 * 503 means).
	 */
	private static void describeResponses(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.forEach((code, response) -> {
			if (code.startsWith("2") || code.startsWith("3")) {
				Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>()
						: new LinkedHashMap<>(response.getHeaders());
				headers.putIfAbsent(VERSION_HEADER, versionHeader());
				response.setHeaders(headers);
			}
		});
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("400", "BadRequest");
		if (!PUBLIC_PATHS.contains(path)) {
			problems.put("401", "Unauthorized");
			problems.put("403", "Forbidden");
		}
		if (path.contains("{")) {
			problems.put("404", "NotFound");
		}
		if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
			problems.put("409", "Conflict");
		}
		problems.put("429", "TooManyRequests");
		problems.put("503", "ServiceUnavailable");
		problems.forEach((code, name) -> {
			if (!responses.containsKey(code)) {
				responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + name));
			}
		});
	}

	/**
	 * What {@link ApiProblems} and {@link ProblemResponses} send (RFC 9457 with this
	 * API's members).
	 */
	private static Schema<?> problemSchema() {
		return typed("object").description("A problem (RFC 9457); title and detail in the caller's language.")
			.addProperty("type",
					typed("string").format("uri-reference")
						.description("What kind of problem; about:blank when the status says it all.")
						.example("about:blank"))
			.addProperty("title", typed("string").description("A short summary of the kind of problem."))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status code.").example(400))
			.addProperty("detail", typed("string").description("What went wrong with this request."))
			.addProperty("instance",
					typed("string").format("uri-reference").description("The path of the request that failed."))
			.addProperty("code", typed("string").description("The key of the rule of the domain that was broken."))
			.addProperty("invalidParams",
					typed("array").items(new Schema<>().$ref("#/components/schemas/InvalidParam"))
						.description("Every invalid parameter or field of the request."))
			.required(List.of("status", "title", "detail"));
	}

	private static Schema<?> invalidParamSchema() {
		return typed("object").description("One invalid parameter or field.")
			.addProperty("name",
					typed("string").description("The parameter, or the field's place in the body.")
						.example("leden[0].geboortedatum"))
			.addProperty("code", typed("string").description("What kind of fault (e.g. required, type, format)."))
			.addProperty("reason", typed("string").description("Why it is invalid, in the caller's language."))
			.required(List.of("name", "code"));
	}

	/** A schema of one JSON type, for OpenAPI 3.0 and 3.1 alike. */
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

	static Header versionHeader() {
		return new Header().$ref("#/components/headers/" + VERSION_HEADER);
	}

	/** The display name of the module a controller belongs to (a top-level package). */
	static String moduleName(Class<?> type) {
		String[] parts = type.getPackageName().split("\\.");
		String module = parts.length > 2 ? String.join(".", parts[0], parts[1], parts[2]) : type.getPackageName();
		try {
			ApplicationModule annotation = Class.forName(module + ".package-info", false, type.getClassLoader())
				.getAnnotation(ApplicationModule.class);
			if (annotation != null && !annotation.displayName().isBlank()) {
				return annotation.displayName();
			}
		}
		catch (ClassNotFoundException e) {
			// no package-info: the package's name will do
		}
		return parts[parts.length > 2 ? 2 : parts.length - 1];
	}

}
