package nl.verbinder.shell;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Language choice (Dutch by default, another offered language on request with
 * {@code ?lang=en}, remembered in a cookie: see {@link Languages}), static resources, the
 * layout's model for every page, and 503 when Verbinder cannot answer for a moment
 * ({@link Unavailable}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ShellModel shellModel;

	private final Languages languages;

	WebConfiguration(ShellModel shellModel, Languages languages) {
		this.shellModel = shellModel;
		this.languages = languages;
	}

	/**
	 * Static resources under their own prefixes only. Spring Boot's default maps
	 * {@code /**} to the static folder; with the resource chain on (webjars), every link
	 * a page renders ({@code @{/huishoudens/..}}) was then looked up as a possible
	 * classpath resource, which took most of the CPU of a caseload page. Explicit
	 * prefixes let the link encoder skip everything that is not a resource.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1));
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cache);
		}
	}

	/**
	 * Outside the session and security filters (both read the database), so that no
	 * connection free in time is a 503 wherever it happens ({@link Unavailable}).
	 */
	@Bean
	FilterRegistrationBean<Unavailable> unavailable(ProblemResponses problems, MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new Unavailable(problems, messages, languages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

	/**
	 * The folders under {@code static/} that are served; the security configuration lets
	 * them through.
	 */
	static final List<String> STATIC_FOLDERS = List.of("css", "js", "img", "vendor");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new OfferedLanguagesOnly(interceptor, languages)).excludePathPatterns("/api/**");
		registry.addInterceptor(shellModel).excludePathPatterns("/api/**");
	}

	/**
	 * Lets only the languages offered to the current user through to the locale change
	 * interceptor.
	 */
	private record OfferedLanguagesOnly(LocaleChangeInterceptor delegate,
			Languages languages) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			String lang = request.getParameter(delegate.getParamName());
			if (lang != null && languages.offered(lang).isEmpty()) {
				return true;
			}
			return delegate.preHandle(request, response, handler);
		}
	}

}
