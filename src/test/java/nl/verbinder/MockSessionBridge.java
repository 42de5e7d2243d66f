package nl.verbinder;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep a login in a {@code MockHttpSession} while the application
 * keeps its sessions in the database: the session cookie the application sets is held in
 * the mock session, and sent again with every request that carries that mock session.
 * Requests that are not MockMvc's (the browser journeys on the real port) pass untouched.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MockSessionBridge implements Filter {

	private static final String COOKIE = "SESSION";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String HELD = MockSessionBridge.class.getName() + ".cookie";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		MockHttpServletRequest mockRequest = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
		MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
		if (mockRequest == null || mockResponse == null) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession held = mockRequest.getSession(false);
		// MockMvc's flashAttrs(..) puts the flash attributes in the mock session, where
		// the
		// application (reading the database session) would not find them: hand them over
		// as
		// the request's input flash map, as the DispatcherServlet would.
		if (held != null && held.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty()
				&& maps.getFirst() instanceof FlashMap flash) {
			held.removeAttribute(FLASH_MAPS);
			mockRequest.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Collections.unmodifiableMap(flash));
		}
		if (held != null && held.getAttribute(HELD) instanceof String value && !hasSessionCookie(mockRequest)) {
			Cookie[] cookies = mockRequest.getCookies() == null ? new Cookie[0] : mockRequest.getCookies();
			mockRequest.setCookies(
					Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie(COOKIE, value))).toArray(Cookie[]::new));
		}
		chain.doFilter(request, response);
		Cookie set = mockResponse.getCookie(COOKIE);
		if (set != null) {
			HttpSession session = mockRequest.getSession(true);
			if (set.getMaxAge() == 0) {
				session.removeAttribute(HELD);
			}
			else {
				session.setAttribute(HELD, set.getValue());
			}
		}
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		return request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
	}

}
