package nl.verbinder.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Actor;
import nl.verbinder.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what the layout needs to every rendered page (error pages included): the actor,
 * the navigation for its role, the region and its municipalities' names, the languages on
 * offer and the text direction. An interceptor rather than controller advice, so that API
 * calls and redirects, which render no page, do none of this work.
 */
@Component
class ShellModel implements HandlerInterceptor {

	private final AccessControl access;

	private final List<NavigationItem> navigation;

	private final Map<String, String> gemeenteNames = new LinkedHashMap<>();

	private final Languages languages;

	/**
	 * {@code tables}: each module's {@link NavigationItems}; {@code items}: any item
	 * declared as a bean of its own.
	 */
	ShellModel(AccessControl access, ReferenceData reference, List<NavigationItems> tables,
			ObjectProvider<NavigationItem> items, Languages languages) {
		this.access = access;
		this.languages = languages;
		this.navigation = Stream.concat(tables.stream().flatMap(t -> t.items().stream()), items.stream())
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.toList();
		access.region()
			.gemeenteCodes()
			.forEach(code -> reference.gemeente(code).ifPresent(g -> gemeenteNames.put(code.value(), g.displayName())));
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		Optional<Actor> actor = access.findCurrentActor();
		page.addObject("actor", actor.orElse(null));
		page.addObject("actorGemeenteName",
				actor.map(Actor::gemeente).map(code -> gemeenteNames.get(code.value())).orElse(null));
		page.addObject("navigation", actor.map(this::navigationFor).orElse(List.of()));
		page.addObject("regionName", access.region().name());
		page.addObject("gemeenteNames", gemeenteNames);
		page.addObject("currentPath", pagePath(request));
		page.addObject("languages",
				languages.offered()
					.stream()
					.map(l -> new LanguageChoice(l.getLanguage(), Languages.direction(l)))
					.toList());
		page.addObject("direction", Languages.direction(languages.resolveLocale(request)));
	}

	/**
	 * The path of the page being shown, for the language menu's links and the
	 * navigation's current item. A page shown in answer to a form that was refused comes
	 * from a POST to an address that may take only submits (a cancel or move form's), so
	 * its language links lead back to the page that held the form: the referring page on
	 * this host, never another site's address.
	 */
	static String pagePath(HttpServletRequest request) {
		if ("GET".equals(request.getMethod())) {
			return request.getRequestURI();
		}
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI uri = new java.net.URI(referer);
				String path = uri.getRawPath();
				int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && port == request.getServerPort()
						&& path != null && path.startsWith("/") && !path.startsWith("//")) {
					return path;
				}
			}
			catch (java.net.URISyntaxException e) {
				// not an address: the request's own path below
			}
		}
		return request.getRequestURI();
	}

	/**
	 * A language in the language menu: its tag, and {@code rtl} where it is written right
	 * to left.
	 */
	public record LanguageChoice(String tag, @Nullable String direction) {
	}

	private List<NavigationItem> navigationFor(Actor actor) {
		return navigation.stream()
			.filter(item -> item.permission() == null || actor.role().may(item.permission()))
			.toList();
	}

}
