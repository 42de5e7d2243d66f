package nl.verbinder.access;

import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Login page, the failed-logins and processing-log pages, the API for accounts and the
 * processing log; the account pages are {@link AccountPages}.
 */
@Configuration(proxyBeanMethods = false)
class AccessWeb {

	@Bean
	PathPermissions accessPaths() {
		return PathPermissions.builder()
			.any(Permission.ACCOUNTS_MANAGE, "/beheer/accounts/**")
			.get(Permission.ACCOUNTS_MANAGE, "/beheer/inlogpogingen", "/api/v1/accounts")
			.post(Permission.ACCOUNTS_MANAGE, "/beheer/inlogpogingen/opheffen")
			.get(Permission.PROCESSING_LOG_READ, "/beheer/verwerkingslog", "/beheer/verwerkingsregister/**",
					"/api/v1/verwerkingen/**", "/api/v1/verwerkingsregister")
			.get(Permission.PROCESSING_LOG_READ, "/beheer/verwerkingslog/volledige-controle/*")
			.post(Permission.PROCESSING_LOG_READ, "/beheer/verwerkingslog/volledige-controle",
					"/api/v1/verwerkingen/integriteit/volledig")
			.get(Permission.PROCESSING_LOG_READ, "/beheer/noodtoegang", "/api/v1/noodtoegangen")
			.post(Permission.PROCESSING_LOG_READ, "/beheer/noodtoegang/*/beeindigen")
			.post(Permission.HOUSEHOLD_READ, "/api/v1/noodtoegangen/*/beeindiging")
			.get(Permission.PERSONAL_DATA_MANAGE, "/beheer/vernietigingen", "/beheer/inzageverzoek",
					"/beheer/inzageverzoek/**", "/api/v1/persoonsgegevens/**")
			.build();
	}

	@Bean
	ProcessingActivities accessProcessingActivities() {
		return ProcessingActivities.of(ProcessingLog.ACCOUNTABILITY, AccountAdministration.ACCOUNTS,
				ExpiredData.DESTRUCTION, PersonalDataExport.ACCESS_REQUEST, EmergencyAccess.ACTIVITY);
	}

	@Controller
	static class Pages {

		private final AccountAdministration accounts;

		private final ProcessingLog log;

		private final ProcessingLogChecks checks;

		private final Clock clock;

		private final SubjectSearch search;

		private final List<ClientRegistration> oidcLogins = new ArrayList<>();

		Pages(AccountAdministration accounts, ProcessingLog log, ProcessingLogChecks checks, Clock clock,
				ObjectProvider<ClientRegistrationRepository> oidc, PortalOidcSettings portal, SubjectSearch search) {
			this.accounts = accounts;
			this.log = log;
			this.checks = checks;
			this.search = search;
			this.clock = clock;
			if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
				// Staff log in with every registration but the newcomers' own.
				registrations.forEach(r -> {
					if (!((ClientRegistration) r).getRegistrationId().equals(portal.registrationId())) {
						oidcLogins.add((ClientRegistration) r);
					}
				});
			}
		}

		/**
		 * {@code throttled}: the epoch second from which a throttled login may be tried
		 * again.
		 */
		@GetMapping("/login")
		String login(@RequestParam(name = "throttled", required = false) @Nullable String throttled, Model model) {
			model.addAttribute("oidcLogins", oidcLogins);
			if (throttled != null) {
				model.addAttribute("throttledUntil", tryAgainAt(throttled));
			}
			return "access/login";
		}

		/**
		 * The Dutch local time to try again, rounded up to the minute; the date too when
		 * it is not today.
		 */
		private String tryAgainAt(String epochSecond) {
			LocalDateTime now = LocalDateTime.now(clock.withZone(DutchTime.ZONE));
			LocalDateTime until;
			try {
				until = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(epochSecond.strip())),
						DutchTime.ZONE);
			}
			catch (NumberFormatException | DateTimeException e) {
				until = now;
			}
			if (until.getSecond() > 0 || until.getNano() > 0) {
				until = until.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
			}
			String pattern = until.toLocalDate().equals(now.toLocalDate()) ? "HH:mm" : "d-M-yyyy HH:mm";
			return until.format(DateTimeFormatter.ofPattern(pattern));
		}

		@GetMapping("/beheer/inlogpogingen")
		String failedLogins(Model model) {
			model.addAttribute("failures", accounts.failedLogins());
			return "access/failed-logins";
		}

		/** Clears one key; an empty username or address stands for "every". */
		@PostMapping("/beheer/inlogpogingen/opheffen")
		String clearFailedLogins(@RequestParam(name = "gebruikersnaam", defaultValue = "") String username,
				@RequestParam(name = "adres", defaultValue = "") String address, RedirectAttributes redirect) {
			boolean cleared = accounts.clearFailedLogins(username.isBlank() ? null : username.strip(),
					address.isBlank() ? null : address.strip());
			redirect.addFlashAttribute("saved", cleared ? "failed-logins.cleared" : "failed-logins.nothing-to-clear");
			return "redirect:/beheer/inlogpogingen";
		}

		/**
		 * The integrity check, and a person's processing: by internal number, or found by
		 * BSN or name (one person found: their processing at once; several: a list).
		 */
		@GetMapping("/beheer/verwerkingslog")
		String processingLog(@RequestParam(name = "betrokkene", required = false) String query,
				@RequestParam(name = "soort", defaultValue = DataSubject.PERSON) String subjectType, Model model) {
			if (!model.containsAttribute("integrity")) {
				model.addAttribute("integrity", checks.verifyIntegrity());
			}
			model.addAttribute("runningCheck", checks.runningFullCheck().orElse(null));
			if (query == null || query.isBlank()) {
				return "access/processing-log";
			}
			String q = query.strip();
			model.addAttribute("query", q);
			String subjectId = q;
			String label = q;
			if (!isUuid(q)) {
				List<SubjectDirectory.KnownSubject> found = search.find(q);
				if (found.size() != 1) {
					model.addAttribute("found", found);
					return "access/processing-log";
				}
				subjectId = found.getFirst().subject().id();
				subjectType = found.getFirst().subject().type();
				label = found.getFirst().name();
			}
			model.addAttribute("subjectId", label);
			model.addAttribute("subjectType", subjectType);
			DataSubject subject = new DataSubject(subjectType, subjectId);
			search.requireWithin(subject);
			model.addAttribute("records", log.forSubject(subject));
			return "access/processing-log";
		}

		private static boolean isUuid(String value) {
			try {
				UUID.fromString(value);
				return value.length() == 36;
			}
			catch (IllegalArgumentException e) {
				return false;
			}
		}

		/**
		 * Starts the full check (every seal batch from the first) in the background, or
		 * joins the one running, and shows its progress.
		 */
		@PostMapping("/beheer/verwerkingslog/volledige-controle")
		String fullCheck() {
			return "redirect:/beheer/verwerkingslog/volledige-controle/" + checks.startFullCheck().id();
		}

		/**
		 * A full check's progress and, when it is done, its result; htmx polls the
		 * progress part while it runs.
		 */
		@GetMapping("/beheer/verwerkingslog/volledige-controle/{id}")
		String fullCheck(@PathVariable UUID id,
				@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
			model.addAttribute("run", checks.fullCheck(id).orElseThrow());
			return htmx == null ? "access/full-check" : "access/full-check :: progress";
		}

	}

	@RestController
	static class Api {

		private final AccountAdministration accounts;

		private final ProcessingLog log;

		private final ProcessingLogChecks checks;

		private final SubjectSearch search;

		Api(AccountAdministration accounts, ProcessingLog log, ProcessingLogChecks checks, SubjectSearch search) {
			this.accounts = accounts;
			this.log = log;
			this.checks = checks;
			this.search = search;
		}

		/**
		 * An account: {@code naam} the name shown, {@code actief} whether it may log in,
		 * {@code vertraagd} whether wrong passwords made it wait.
		 */
		record AccountResource(AccountId id, String gebruikersnaam, String naam, Role rol, @Nullable String gemeente,
				boolean demo, boolean actief, boolean vertraagd, @Nullable Instant laatstIngelogdOp, long versie) {

			static AccountResource of(AccountView a) {
				return new AccountResource(a.id(), a.username(), a.displayName(), a.role(),
						a.gemeente() == null ? null : a.gemeente().value(), a.demo(), a.enabled(), a.throttled(),
						a.lastLoginAt(), a.versie());
			}
		}

		/**
		 * The accounts in the administrator's scope (staff and newcomers of the region,
		 * read and paged in memory), by username unless asked otherwise.
		 */
		@GetMapping("/api/v1/accounts")
		Paged<AccountResource> accounts(
				@Sorting(value = { "gebruikersnaam", "rol", "gemeente" }, byDefault = "by username") Paging paging) {
			return paging.of("accounts", accounts.list().stream().map(AccountResource::of).toList(),
					Map.of("gebruikersnaam", Comparator.comparing(AccountResource::gebruikersnaam), "rol",
							Comparator.comparing(AccountResource::rol), "gemeente",
							Comparator.comparing(a -> a.gemeente() == null ? "" : a.gemeente())),
					Comparator.comparing(AccountResource::gebruikersnaam));
		}

		/**
		 * One processing of a subject's data: by whom ({@code medewerker}, with role and
		 * municipality), in which activity, for which purpose ({@code doel}) on which
		 * legal basis ({@code grondslag}), and what was done ({@code handeling}).
		 */
		record ProcessingRecordResource(long volgnummer, UUID traceId, Instant tijdstip, String medewerker, String rol,
				@Nullable String gemeente, String activiteit, String doel, String grondslag, Operation handeling,
				DataSubject betrokkene) {

			static ProcessingRecordResource of(ProcessingRecord r) {
				return new ProcessingRecordResource(r.seq(), r.traceId(), r.occurredAt(), r.actor(), r.actorRole(),
						r.actorGemeente(), r.activity(), r.purpose(), r.legalBasis(), r.operation(), r.subject());
			}
		}

		/**
		 * A full integrity check: BEZIG (running), KLAAR (done, with its result) or
		 * GESTOPT (its node stopped before it was done; start another).
		 */
		record FullCheckResource(UUID id, String status, Instant gestartOp, String gestartDoor, long totaalBatches,
				long gecontroleerdeBatches, int procent, @Nullable Instant klaarOp,
				@Nullable IntegrityReport resultaat) {

			static FullCheckResource of(FullIntegrityCheck run) {
				return new FullCheckResource(run.id(), run.running() ? "BEZIG" : run.stopped() ? "GESTOPT" : "KLAAR",
						run.startedAt(), run.startedBy(), run.batchesTotal(), run.batchesChecked(), run.percent(),
						run.finishedAt(), run.report());
			}
		}

		/** The processing records of one data subject, newest first, page by page. */
		@GetMapping("/api/v1/verwerkingen")
		Paged<ProcessingRecordResource> forSubject(@RequestParam(name = "betrokkene") String subjectId,
				@RequestParam(name = "betrokkeneType", defaultValue = DataSubject.PERSON) String subjectType,
				@Sorting(value = { "tijdstip", "activiteit" }, byDefault = "newest first") Paging paging) {
			DataSubject subject = new DataSubject(subjectType, subjectId);
			search.requireWithin(subject);
			return log.forSubject(subject, paging).map(ProcessingRecordResource::of);
		}

		/** Checks what was sealed since the last check. */
		@GetMapping("/api/v1/verwerkingen/integriteit")
		IntegrityReport integrity() {
			return checks.verifyIntegrity();
		}

		/**
		 * Starts checking every seal batch from the first, in the background (or joins
		 * the check running): 202 with where to follow it.
		 */
		@PostMapping("/api/v1/verwerkingen/integriteit/volledig")
		ResponseEntity<FullCheckResource> fullIntegrity() {
			FullIntegrityCheck run = checks.startFullCheck();
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/verwerkingen/integriteit/volledig/" + run.id()))
				.body(FullCheckResource.of(run));
		}

		/**
		 * A full check: how far it is, and its result when it is done. BEZIG while it
		 * runs, KLAAR with the result, GESTOPT when its node stopped before it was done.
		 */
		@GetMapping("/api/v1/verwerkingen/integriteit/volledig/{id}")
		FullCheckResource fullIntegrity(@PathVariable UUID id) {
			return FullCheckResource.of(checks.fullCheck(id).orElseThrow());
		}

	}

}
