package nl.verbinder.inburgering.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.access.EmergencyAccessGrant;
import nl.verbinder.inburgering.EmergencyOpening;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breaking the glass through the API, as the page at {@code /huishoudens/noodtoegang}
 * does: a case manager with the BSN of a person of another municipality of the region
 * states a reason and gets the household opened for reading for a limited time.
 */
@RestController
class EmergencyOpeningApi {

	/** The BSN the case manager has, and why they must act for the household. */
	record NoodtoegangRequest(@Nullable String bsn, @Nullable String reden) {
	}

	/**
	 * The grant: its id (to end it early at
	 * {@code /api/v1/noodtoegangen/{id}/beeindiging}), the household opened and its
	 * municipality, from when until when.
	 */
	record OpenedNoodtoegangResource(UUID id, UUID huishouden, String gemeente, Instant vanaf, Instant tot) {
	}

	private final EmergencyOpening opening;

	EmergencyOpeningApi(EmergencyOpening opening) {
		this.opening = opening;
	}

	/**
	 * Opens the household of a BSN in another municipality of the region for reading, for
	 * the reason stated. 201 with the household's address when a grant was made; 200 with
	 * the case manager's grant that is open for it already (nothing granted again);
	 * refused (problem+json) without a reason long enough, for a BSN of no household
	 * elsewhere in the region, for one of the own municipality, and for anyone but a case
	 * manager of a municipality.
	 */
	@PostMapping("/api/v1/huishoudens/noodtoegang")
	ResponseEntity<OpenedNoodtoegangResource> open(@RequestBody NoodtoegangRequest request) {
		EmergencyAccess.Granted granted = opening.open(request.bsn(), request.reden());
		EmergencyAccessGrant grant = granted.grant();
		var resource = new OpenedNoodtoegangResource(grant.id(), grant.household(), grant.gemeente().value(),
				grant.grantedAt(), grant.expiresAt());
		URI household = URI.create("/api/v1/huishoudens/" + grant.household());
		return granted.created() ? ResponseEntity.created(household).body(resource)
				: ResponseEntity.ok().location(household).body(resource);
	}

}
