package nl.verbinder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A paged list of the API read whole: its first page, then each {@code next} link, as a
 * test that asks about every item needs it.
 */
public final class ApiPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiPages() {
	}

	/**
	 * Every item of the list at {@code path} (with its query), in order; in pages of 100
	 * unless the path asks another size.
	 */
	public static ArrayNode all(MockMvc mvc, String path, RequestPostProcessor login) throws Exception {
		ArrayNode items = JsonNodeFactory.instance.arrayNode();
		String next = path.contains("pageSize=") ? path : path + (path.contains("?") ? "&" : "?") + "pageSize=100";
		int pages = 0;
		while (next != null) {
			var response = mvc.perform(get(URI.create(next)).with(login)).andReturn().getResponse();
			if (response.getStatus() != 200) {
				throw new AssertionError(
						next + " answered " + response.getStatus() + ": " + response.getContentAsString());
			}
			JsonNode page = JSON.readTree(response.getContentAsString());
			page.get("_embedded").properties().forEach(list -> list.getValue().forEach(items::add));
			JsonNode link = page.get("_links").get("next");
			next = link == null ? null : link.get("href").asString();
			if (++pages > 1000) {
				throw new AssertionError("More than 1000 pages at " + path);
			}
		}
		return items;
	}

	/** Every item of the list as JSON text, for assertions on what it contains. */
	public static String allAsText(MockMvc mvc, String path, RequestPostProcessor login) throws Exception {
		return all(mvc, path, login).toString();
	}

}
