package nl.verbinder.shell;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's home (the root of the server URL): which API and version answers, and where
 * its description is. Public, like the description itself, so that a developer or a
 * catalogue such as developer.overheid.nl can find its way in without credentials.
 */
@RestController
class ApiHome {

	/**
	 * The home document.
	 *
	 * @param naam the API's name
	 * @param versie its full version, as in the {@code API-Version} header
	 * @param links this document and the OpenAPI description
	 */
	record Home(String naam, String versie, @JsonProperty("_links") Links links) {
	}

	/**
	 * HAL links of the home document.
	 *
	 * @param self this document
	 * @param openapi the OpenAPI description of the API
	 */
	record Links(Link self, Link openapi) {
	}

	/**
	 * @param href where the link leads
	 */
	record Link(String href) {
	}

	/**
	 * At the server URL plus the document's path {@code /}, as a client joins them.
	 */
	@GetMapping(ApiDocumentation.BASE_PATH + "/")
	Home home() {
		return new Home("Verbinder API", ApiConventions.API_VERSION, new Links(new Link(ApiDocumentation.BASE_PATH),
				new Link(ApiDocumentation.BASE_PATH + ApiDocumentation.DOCUMENT_PATH)));
	}

	/** At the server URL itself too; described once, as {@code /}. */
	@Hidden
	@GetMapping(ApiDocumentation.BASE_PATH)
	Home server() {
		return home();
	}

}
