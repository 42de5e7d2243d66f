package nl.verbinder.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Conventions of the NL API Design Rules that hold for every endpoint: the full version in an
 * {@code API-Version} header (API-57) and the OpenAPI document at {@code /api/v1/openapi.json} (API-51),
 * next to springdoc's {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConventions {

	static final String API_VERSION = "1.0.0";

	@Bean
	OncePerRequestFilter apiVersionHeader() {
		return new OncePerRequestFilter() {
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
