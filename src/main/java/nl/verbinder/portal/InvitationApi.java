package nl.verbinder.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Portal invitations for programs of the municipality: invite an adult member (the answer
 * holds the activation code, once) and revoke an open invitation.
 */
@RestController
@RequestMapping("/api/v1/portaaluitnodigingen")
class InvitationApi {

	private final Invitations invitations;

	InvitationApi(Invitations invitations) {
		this.invitations = invitations;
	}

	record InvitationRequest(@NotNull UUID huishoudenId, @NotNull UUID persoonId,
			@NotNull @Pattern(regexp = "[a-z]{2,3}") String taal) {
	}

	record IssuedResource(UUID id, UUID persoonId, String gebruikersnaam, String taal, String code,
			String activeringsUrl, Instant geldigTot) {
	}

	@PostMapping
	ResponseEntity<IssuedResource> invite(@Valid @RequestBody InvitationRequest r) {
		var issued = invitations.invite(new HouseholdId(r.huishoudenId()), r.persoonId(), r.taal());
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/portaal/activeren")
			.queryParam("code", issued.code())
			.build()
			.toUriString();
		var i = issued.invitation();
		return ResponseEntity.created(URI.create("/api/v1/portaaluitnodigingen/" + i.id()))
			.body(new IssuedResource(i.id(), i.personId(), i.username(), i.language(), issued.code(), url,
					i.expiresAt()));
	}

	@PostMapping("/{id}/intrekking")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		invitations.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
