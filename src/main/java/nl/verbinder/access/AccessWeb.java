package nl.verbinder.access;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Login page, the processing-log page, the API for accounts and the processing log; the account pages are {@link AccountPages}. */
@Configuration(proxyBeanMethods = false)
class AccessWeb {

	@Bean
	PathPermission accountsPages() {
		return PathPermission.any("/beheer/accounts/**", Permission.ACCOUNTS_MANAGE);
	}

	@Bean
	PathPermission processingLogPage() {
		return PathPermission.get("/beheer/verwerkingslog", Permission.PROCESSING_LOG_READ);
	}

	@Bean
	PathPermission accountsApi() {
		return PathPermission.get("/api/v1/accounts", Permission.ACCOUNTS_MANAGE);
	}

	@Bean
	PathPermission processingLogApi() {
		return PathPermission.get("/api/v1/verwerkingen/**", Permission.PROCESSING_LOG_READ);
	}

	@Controller
	static class Pages {

		private final ProcessingLog log;
		private final List<ClientRegistration> oidcLogins = new java.util.ArrayList<>();

		Pages(ProcessingLog log, ObjectProvider<ClientRegistrationRepository> oidc) {
			this.log = log;
			if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
				registrations.forEach(r -> oidcLogins.add((ClientRegistration) r));
			}
		}

		@GetMapping("/login")
		String login(Model model) {
			model.addAttribute("oidcLogins", oidcLogins);
			return "access/login";
		}

		@GetMapping("/beheer/verwerkingslog")
		String processingLog(@RequestParam(name = "betrokkene", required = false) String subjectId,
				@RequestParam(name = "soort", defaultValue = DataSubject.PERSON) String subjectType, Model model) {
			model.addAttribute("integrity", log.verifyIntegrity());
			if (subjectId != null && !subjectId.isBlank()) {
				model.addAttribute("subjectId", subjectId.strip());
				model.addAttribute("subjectType", subjectType);
				model.addAttribute("records", log.forSubject(new DataSubject(subjectType, subjectId.strip())));
			}
			return "access/processing-log";
		}
	}

	@RestController
	static class Api {

		private final AccountAdministration accounts;
		private final ProcessingLog log;

		Api(AccountAdministration accounts, ProcessingLog log) {
			this.accounts = accounts;
			this.log = log;
		}

		@GetMapping("/api/v1/accounts")
		List<AccountView> accounts() {
			return accounts.list();
		}

		/** The processing records of one data subject, newest first. */
		@GetMapping("/api/v1/verwerkingen")
		Map<String, Object> forSubject(@RequestParam(name = "betrokkene") String subjectId,
				@RequestParam(name = "betrokkene-type", defaultValue = DataSubject.PERSON) String subjectType) {
			return Map.of("betrokkene", subjectId, "verwerkingen", log.forSubject(new DataSubject(subjectType, subjectId)));
		}

		@GetMapping("/api/v1/verwerkingen/integriteit")
		IntegrityReport integrity() {
			return log.verifyIntegrity();
		}
	}
}
