package nl.verbinder.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The signed-in newcomer's own passkeys: which there are (the name they gave each, when
 * it was made and last used) and removing one, e.g. of a phone that was lost. Making a
 * passkey and logging in with one are Spring Security's WebAuthn endpoints on the
 * portal's chain. Looking and removing are processings of the account's data.
 */
@Service
public class Passkeys {

	/** One passkey as its owner sees it; the id is base64url, for removing it. */
	public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
	}

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final AccessControl access;

	private final ProcessingLog log;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, AccessControl access,
			ProcessingLog log) {
		this.users = users;
		this.credentials = credentials;
		this.access = access;
		this.log = log;
	}

	/** The current newcomer's passkeys, newest first. */
	public List<Passkey> mine() {
		Actor actor = newcomer();
		List<Passkey> mine = records(actor).stream()
			.map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
					r.getLastUsed()))
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		log.record(AccountAdministration.ACCOUNTS, Operation.READ, DataSubject.account(actor.id()));
		return mine;
	}

	/**
	 * Removes one of the current newcomer's passkeys; someone else's or an unknown one is
	 * "not found".
	 */
	public void remove(String id) {
		Actor actor = newcomer();
		Bytes credentialId;
		try {
			credentialId = Bytes.fromBase64(id);
		}
		catch (IllegalArgumentException e) {
			throw new NoSuchElementException("No passkey " + id);
		}
		boolean own = records(actor).stream().anyMatch(r -> r.getCredentialId().equals(credentialId));
		if (!own) {
			throw new NoSuchElementException("No passkey " + id);
		}
		credentials.delete(credentialId);
		log.record(AccountAdministration.ACCOUNTS, Operation.DELETE, DataSubject.account(actor.id()));
	}

	private List<CredentialRecord> records(Actor actor) {
		PublicKeyCredentialUserEntity user = users.findByUsername(actor.username());
		return user == null ? List.of() : credentials.findByUserId(user.getId());
	}

	private Actor newcomer() {
		Actor actor = access.currentActor();
		if (actor.role() != Role.NEWCOMER) {
			throw new AccessDeniedException(actor.username() + " is no newcomer");
		}
		return actor;
	}

}
