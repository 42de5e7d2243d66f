package nl.verbinder.brp;

import java.time.Period;
import java.util.function.Supplier;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataCategory;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Looks a person up in the BRP by BSN, for the registration of a household: only for
 * whoever may register households, and each lookup in the processing log (with the
 * request's trace id, which also goes to the BRP in {@code traceparent}), whether the BRP
 * answers or not, since the BSN has left Verbinder either way.
 */
@Service
public class Brp {

	private static final Logger logger = LoggerFactory.getLogger(Brp.class);

	/** The kind of data subject of a lookup: the person is known by BSN only. */
	public static final String SUBJECT_TYPE = "bsn";

	/**
	 * Asking the BRP for the data of a person whose household is registered, so that what
	 * the BRP knows is taken over instead of typed again.
	 */
	public static final ProcessingActivity LOOKUP = new ProcessingActivity("brp.raadpleging",
			"Gegevens van een persoon en zijn gezin uit de BRP overnemen bij de registratie van een huishouden",
			"Wet BRP, art. 3.3 (verstrekking aan een overheidsorgaan voor zijn taak), voor de taak uit de Wet inburgering 2021, art. 6 (AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.HOUSEHOLD, DataCategory.ORIGIN)
		.keptFor(Period.ofYears(5));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities brpProcessingActivities() {
		return ProcessingActivities.of(LOOKUP);
	}

	/** The BSN is not in the BRP (or not among what this municipality may ask). */
	@ResponseStatus(code = HttpStatus.NOT_FOUND, reason = "Not in the BRP")
	public static class UnknownBsn extends RuleViolation {

		UnknownBsn(Bsn bsn) {
			super("rule.brp.unknown-bsn", bsn.masked());
		}

	}

	/** The BRP is not configured, down, slow or refuses Verbinder: try again or type. */
	@ResponseStatus(code = HttpStatus.SERVICE_UNAVAILABLE, reason = "BRP not available")
	public static class NotAvailable extends RuleViolation {

		NotAvailable(String code) {
			super(code);
		}

	}

	private final BrpSettings settings;

	private final AccessControl access;

	private final ProcessingLog log;

	private final @Nullable BrpClient client;

	Brp(BrpSettings settings, AccessControl access, ProcessingLog log,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.settings = settings;
		this.access = access;
		this.log = log;
		this.client = settings.enabled() ? new BrpClient(settings, bearerToken(settings, registrations)) : null;
	}

	/** Whether the BRP may be asked at all: off unless configured. */
	public boolean available() {
		return client != null;
	}

	/**
	 * The person with this BSN, with partners and children, as the BRP knows them.
	 * @throws UnknownBsn when the BRP does not know the BSN
	 * @throws NotAvailable when the BRP is not configured or gives no answer
	 */
	public BrpPerson lookUp(Bsn bsn) {
		access.scopeFor(Permission.HOUSEHOLD_WRITE);
		if (client == null) {
			throw new NotAvailable("rule.brp.off");
		}
		log.record(LOOKUP, Operation.READ, new DataSubject(SUBJECT_TYPE, bsn.value()));
		try {
			return client.raadpleeg(bsn.value()).orElseThrow(() -> new UnknownBsn(bsn));
		}
		catch (BrpClient.Failure e) {
			logger.warn("The BRP gave no answer for {}: {}", bsn.masked(), e.getMessage());
			throw new NotAvailable("rule.brp.unavailable");
		}
	}

	/**
	 * The access token of the configured client registration (client credentials),
	 * fetched when needed and kept until it expires; none without a registration.
	 */
	private static @Nullable Supplier<String> bearerToken(BrpSettings settings,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		String id = settings.oauth2Registration();
		if (id == null || id.isBlank()) {
			return null;
		}
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		if (repository == null || repository.findByRegistrationId(id) == null) {
			throw new IllegalStateException("verbinder.brp.oauth2-registration names '" + id
					+ "', but spring.security.oauth2.client.registration." + id + " is not configured");
		}
		var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(repository,
				new InMemoryOAuth2AuthorizedClientService(repository));
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(id)
			.principal("verbinder")
			.build();
		return () -> {
			OAuth2AuthorizedClient authorized = manager.authorize(request);
			if (authorized == null) {
				throw new BrpClient.Failure("no access token from client registration " + id, null);
			}
			return authorized.getAccessToken().getTokenValue();
		};
	}

}
