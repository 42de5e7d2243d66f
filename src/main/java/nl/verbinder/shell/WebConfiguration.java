package nl.verbinder.shell;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language choice (Dutch by default, English on request with {@code ?lang=en}, remembered in a cookie),
 * and the layout's model for every page.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ShellModel shellModel;

	WebConfiguration(ShellModel shellModel) {
		this.shellModel = shellModel;
	}

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final List<Locale> STAFF_LANGUAGES = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("verbinder-lang");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLanguagesOnly(interceptor)).excludePathPatterns("/api/**");
		registry.addInterceptor(shellModel).excludePathPatterns("/api/**");
	}

	/** Lets only supported languages through to the locale change interceptor. */
	private record SupportedLanguagesOnly(LocaleChangeInterceptor delegate)
			implements org.springframework.web.servlet.HandlerInterceptor {

		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
			String lang = request.getParameter(delegate.getParamName());
			if (lang != null && STAFF_LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
				return true;
			}
			return delegate.preHandle(request, response, handler);
		}
	}
}
