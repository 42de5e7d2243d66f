package nl.verbinder.shell;

import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Actor;
import nl.verbinder.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which languages a user may read the pages in. Staff work in Dutch or English. Key
 * persons may also use a language of their own where its bundle exists (Arabic, Persian,
 * Tigrinya): those bundles cover the layout, the login page and the key person's own
 * pages, so the other pages would come out half Dutch. The login page offers every
 * language, since who will log in is not known yet. The choice is kept in a cookie; a
 * choice a user may not have (a staff member on a shared computer after a key person)
 * reads as Dutch without losing the cookie. Programs calling the API keep no cookie: they
 * ask with {@code Accept-Language} for an offered language (problem details in English
 * with {@code en}), Dutch otherwise.
 */
@Component("localeResolver") // the name the DispatcherServlet looks for
final class Languages implements LocaleResolver {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final List<Locale> STAFF = List.of(DUTCH, Locale.ENGLISH);

	/**
	 * Key persons' own languages with a bundle; {@code I18nTests} checks that each covers
	 * their pages.
	 */
	static final List<Locale> KEY_PERSONS_OWN = List.of(Locale.forLanguageTag("ar"), Locale.forLanguageTag("fa"),
			Locale.forLanguageTag("ti"));

	private final CookieLocaleResolver cookie = new CookieLocaleResolver("verbinder-lang");

	private final AccessControl access;

	Languages(AccessControl access) {
		this.access = access;
		cookie.setDefaultLocale(DUTCH);
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setCookieSameSite("Lax");
	}

	/**
	 * The portal's languages ({@link PortalLanguage}): newcomers, and anyone on a portal
	 * page.
	 */
	static final List<Locale> PORTAL = Arrays.stream(PortalLanguage.values()).map(PortalLanguage::locale).toList();

	/**
	 * The languages the current user may choose from, in the order the language menu
	 * shows them.
	 */
	List<Locale> offered() {
		Optional<Actor> actor = access.findCurrentActor();
		if (onPortal() || actor.map(a -> a.role() == Role.NEWCOMER).orElse(false)) {
			return PORTAL;
		}
		boolean ownLanguages = actor.isEmpty() || actor.get().role() == Role.KEY_PERSON;
		return ownLanguages ? Stream.concat(STAFF.stream(), KEY_PERSONS_OWN.stream()).toList() : STAFF;
	}

	/** Whether the current request is for the portal (its pages or its API). */
	private static boolean onPortal() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String path = attributes.getRequest()
				.getRequestURI()
				.substring(attributes.getRequest().getContextPath().length());
			return path.equals("/portaal") || path.startsWith("/portaal/") || path.startsWith("/api/v1/portaal");
		}
		return false;
	}

	/** The offered language with this tag, if any. */
	Optional<Locale> offered(@Nullable String tag) {
		return offered().stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (accepted != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return accepted(accepted).orElse(DUTCH);
		}
		Locale chosen = cookie.resolveLocale(request);
		return offered(chosen.getLanguage()).orElse(DUTCH);
	}

	/**
	 * The first offered language in an {@code Accept-Language} header, by the header's
	 * weights.
	 */
	private Optional<Locale> accepted(String header) {
		try {
			return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), offered()));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		cookie.setLocale(request, response, locale);
	}

	/**
	 * {@code rtl} for Arabic, Persian, Dari and Pashto, {@code null} (the default, left
	 * to right) for the others.
	 */
	static @Nullable String direction(Locale locale) {
		return ULocale.forLocale(locale).isRightToLeft() ? "rtl" : null;
	}

}
