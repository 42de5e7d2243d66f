package nl.verbinder.access;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * The portal as a WebAuthn relying party: Spring Security's
 * {@link Webauthn4JRelyingPartyOperations} with three choices of ours.
 * <ul>
 * <li><b>Newcomers only.</b> Only a signed-in newcomer gets options to create a passkey;
 * staff keep their password or their organisation's OIDC login (a staff session that asks
 * is refused with 403).</li>
 * <li><b>A discoverable passkey with user verification</b> (a fingerprint, face or the
 * phone's PIN), required both when it is made and at every login: the newcomer logs in
 * without typing a name, and the phone, not a password, proves who holds it.</li>
 * <li><b>The origins from {@link PasskeySettings}</b>, completed on {@code localhost} by
 * the port the server listens on, which is known only once it has started; so the
 * operations are built at their first use.</li>
 * </ul>
 */
final class PortalRelyingParty implements WebAuthnRelyingPartyOperations {

	private final Supplier<Webauthn4JRelyingPartyOperations> operations;

	PortalRelyingParty(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			PasskeySettings settings, Supplier<@Nullable String> localPort) {
		this.operations = SingletonSupplier.of(() -> {
			var rp = PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build();
			var result = new Webauthn4JRelyingPartyOperations(users, credentials, rp,
					origins(settings, localPort.get()));
			result.setCustomizeCreationOptions(
					options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
						.residentKey(ResidentKeyRequirement.REQUIRED)
						.userVerification(UserVerificationRequirement.REQUIRED)
						.build()));
			result
				.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
			return result;
		});
	}

	/**
	 * The configured origins, and on {@code localhost} also the port the server listens
	 * on.
	 */
	static Set<String> origins(PasskeySettings settings, @Nullable String localPort) {
		Set<String> origins = new LinkedHashSet<>(settings.allowedOrigins());
		if (settings.local() && localPort != null) {
			origins.add("http://localhost:" + localPort);
		}
		return origins;
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		if (!(request.getAuthentication() != null
				&& request.getAuthentication().getPrincipal() instanceof ActorPrincipal principal
				&& principal.actor().role() == Role.NEWCOMER)) {
			throw new AccessDeniedException("Only newcomers register passkeys");
		}
		return operations.get().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return operations.get().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
			PublicKeyCredentialRequestOptionsRequest request) {
		return operations.get().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return operations.get().authenticate(request);
	}

}
