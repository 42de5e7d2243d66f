package nl.verbinder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps integration tests repeat: a JSON post, reading a JSON answer, a page or an
 * answer that must load.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Http() {
	}

	/** A POST with a JSON body. */
	public static MockHttpServletRequestBuilder postJson(String path, String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** The JSON body of an answer. */
	public static JsonNode read(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A page read in a logged-in session; it must answer 200. */
	public static String page(MockMvc mvc, MockHttpSession session, String path) throws Exception {
		return ok(mvc.perform(get(path).session(session)));
	}

	/** The body of an answer that must be 200. */
	public static String ok(ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
