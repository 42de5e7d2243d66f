package nl.verbinder.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port (production's {@code management.server.port}, 8081 unless set):
 * health, probes and Prometheus metrics for the platform's monitoring, read without a
 * login. The port is meant for the cluster's network only and is never published through
 * the proxy that serves the application; on it nothing but reading the actuator endpoints
 * is allowed, and no session is made. The application's own port serves no actuator
 * endpoint but health then.
 *
 * <p>
 * Spring Security's filter applies to both ports, and its request matchers look at paths,
 * not ports: this chain matches by the port a request came in on, and comes before every
 * other chain so that a management request never reaches the application's rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${management.server.port:}' matches '[1-9][0-9]*' and '${management.server.port:}' != '${server.port:8080}'")
class ManagementPortSecurity {

	@Bean
	@Order(-10)
	SecurityFilterChain managementPortChain(HttpSecurity http, @Value("${management.server.port}") int port)
			throws Exception {
		http.securityMatcher(request -> request.getLocalPort() == port)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/actuator", "/actuator/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
