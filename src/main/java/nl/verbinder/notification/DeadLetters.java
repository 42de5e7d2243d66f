package nl.verbinder.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications that no subscriber took after the last attempt, for the
 * administrator: those of the municipalities in scope and those of the whole region. They
 * hold ids and types, no personal data, so reading them is not a processing of a person's
 * data.
 */
@Service
class DeadLetters {

	private final Outbox outbox;

	private final AccessControl access;

	private final Clock clock;

	DeadLetters(Outbox outbox, AccessControl access, Clock clock) {
		this.outbox = outbox;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Outbox.Letter> inScope() {
		return outbox.deadLetters(gemeenten(access.scopeFor(Permission.NOTIFICATIONS_MANAGE)));
	}

	/**
	 * Puts a dead letter back in line; false when it is not (or no longer) one in scope.
	 */
	@Transactional
	boolean sendAgain(UUID id) {
		return outbox.sendAgain(id, gemeenten(access.scopeFor(Permission.NOTIFICATIONS_MANAGE)), clock.instant());
	}

	private static List<String> gemeenten(AccessScope scope) {
		return scope.gemeenten().stream().map(GemeenteCode::value).toList();
	}

}
