package nl.verbinder.partner;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Permission;
import nl.verbinder.access.Role;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social map (sociale kaart): the region's organisations, formal and informal, and
 * what they offer; open to every account. The coordinator registers organisations and
 * links partner workers to theirs.
 */
@Service
public class SocialMap {

	private final AccessControl access;

	private final PartnerStore store;

	private final AccountAdministration accounts;

	private final ReferenceData reference;

	SocialMap(AccessControl access, PartnerStore store, AccountAdministration accounts, ReferenceData reference) {
		this.access = access;
		this.store = store;
		this.accounts = accounts;
		this.reference = reference;
	}

	/**
	 * The region's organisations; open to every account (it is the region's public social
	 * map).
	 */
	@Transactional(readOnly = true)
	public List<Organisatie> organisaties() {
		access.currentActor();
		return store.organisaties();
	}

	/**
	 * The organisation the current partner worker works for; refused for any other
	 * account.
	 */
	@Transactional(readOnly = true)
	public Organisatie ownOrganisation() {
		UUID own = store.organisatieOf(access.scopeFor(Permission.REFERRALS_RECEIVE).actor().id().value())
			.orElseThrow(() -> new AccessDeniedException("This account is not linked to an organisation"));
		return organisatie(own);
	}

	@Transactional(readOnly = true)
	public Organisatie organisatie(UUID id) {
		access.currentActor();
		return store.organisatie(id).orElseThrow(() -> new NoSuchElementException("No organisation " + id));
	}

	@Transactional
	public Organisatie register(Organisatie organisatie) {
		access.scopeFor(Permission.ORGANISATIONS_MANAGE);
		organisatie.gemeenten().forEach(g -> {
			if (!access.region().contains(g)) {
				throw new RuleViolation("rule.gemeente.outside-region", g.value());
			}
		});
		organisatie.talen().forEach(t -> {
			if (reference.taal(t).isEmpty()) {
				throw new RuleViolation("rule.language.unknown", t.value());
			}
		});
		store.insert(organisatie);
		return organisatie;
	}

	/** Links a partner worker's account to the organisation they work for. */
	@Transactional
	public void linkWorker(UUID accountId, UUID organisatieId) {
		access.scopeFor(Permission.ORGANISATIONS_MANAGE);
		organisatie(organisatieId);
		if (accounts.roleOf(new AccountId(accountId)).orElse(null) != Role.PARTNER_WORKER) {
			throw new RuleViolation("rule.organisation.worker-role");
		}
		store.linkWorker(accountId, organisatieId);
	}

}
