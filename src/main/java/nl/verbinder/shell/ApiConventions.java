package nl.verbinder.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Conventions of the NL API Design Rules that hold for every endpoint: the full version
 * in an {@code API-Version} header (API-57) and the OpenAPI document at
 * {@code /api/v1/openapi.json} (API-51), next to springdoc's {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConventions {

	static final String API_VERSION = "1.0.0";

	/**
	 * Before authentication, so that its refusals (401, 403, 429) carry the header too.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiVersionHeader() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !request.getRequestURI().startsWith("/api/");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("API-Version", API_VERSION);
				chain.doFilter(request, response);
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	/**
	 * A number or boolean that a request record holds as a primitive
	 * ({@code int minuten}) cannot be left out ({@link StrictInput} refuses that): the
	 * OpenAPI document marks it required.
	 */
	@Bean
	ModelConverter primitivesAreRequired() {
		return (type, context, chain) -> {
			if (!chain.hasNext()) {
				return null;
			}
			Schema<?> schema = chain.next().resolve(type, context, chain);
			if (type.getParent() != null && type.getPropertyName() != null
					&& Json.mapper().constructType(type.getType()).isPrimitive()) {
				type.getParent().addRequiredItem(type.getPropertyName());
			}
			return schema;
		};
	}

	@Controller
	static class OpenApiDocument {

		@GetMapping("/api/v1/openapi.json")
		String openapi() {
			return "forward:/v3/api-docs";
		}

	}

}
