package nl.verbinder.access;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emergency-access grants for the administrator and the municipality's own systems
 * ({@code GET /api/v1/noodtoegangen}): the list the page at {@code /beheer/noodtoegang}
 * shows; and for the case manager who holds a grant, ending it early ({@code POST
 * /api/v1/noodtoegangen/{id}/beeindiging}), as the household page's form does.
 */
@RestController
class EmergencyAccessApi {

	/**
	 * One grant: which case manager ({@code medewerker}) of which municipality opened
	 * which household of which municipality, why ({@code reden}), from when until when,
	 * and whether it was ended early ({@code beeindigdOp}).
	 */
	record NoodtoegangResource(UUID id, String medewerker, String medewerkerGemeente, UUID huishouden, String gemeente,
			String reden, Instant vanaf, Instant tot, @Nullable Instant beeindigdOp, boolean actief) {

		static NoodtoegangResource of(EmergencyAccessGrant g, Instant now) {
			return new NoodtoegangResource(g.id(), g.actor(), g.actorGemeente().value(), g.household(),
					g.gemeente().value(), g.reason(), g.grantedAt(), g.expiresAt(), g.endedEarly() ? g.endedAt() : null,
					g.activeAt(now));
		}

	}

	private final EmergencyAccess emergencyAccess;

	private final Clock clock;

	EmergencyAccessApi(EmergencyAccess emergencyAccess, Clock clock) {
		this.emergencyAccess = emergencyAccess;
		this.clock = clock;
	}

	@GetMapping("/api/v1/noodtoegangen")
	Paged<NoodtoegangResource> list(
			@Sorting(value = { "vanaf", "gemeente", "medewerker" }, byDefault = "newest first") Paging paging) {
		Instant now = clock.instant();
		return emergencyAccess.latest(paging).map(g -> NoodtoegangResource.of(g, now));
	}

	@PostMapping("/api/v1/noodtoegangen/{id}/beeindiging")
	NoodtoegangResource end(@PathVariable UUID id) {
		return NoodtoegangResource.of(emergencyAccess.endOwn(id), clock.instant());
	}

}
