package nl.verbinder.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.UUID;
import nl.verbinder.partner.OwnSharing;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal for a future app, with the newcomer's own account (HTTP Basic): the same
 * reads as the pages, under {@code /api/v1/portaal}. Who the newcomer is follows from the
 * account, never from the request.
 */
@RestController
@RequestMapping("/api/v1/portaal")
class PortalApi {

	private final Portal portal;

	private final Questions questions;

	private final WhoReadMyFile whoRead;

	PortalApi(Portal portal, Questions questions, WhoReadMyFile whoRead) {
		this.portal = portal;
		this.questions = questions;
		this.whoRead = whoRead;
	}

	/**
	 * Who read or changed the newcomer's file, per month, newest first; the newcomer's
	 * own visits apart.
	 */
	@GetMapping("/inzage")
	WhoReadMyFile.Overview whoRead() {
		return whoRead.overview();
	}

	record QuestionRequest(
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String tekst) {
	}

	@GetMapping("/vragen")
	List<Questions.Message> questions() {
		return questions.mine();
	}

	@PostMapping("/vragen")
	ResponseEntity<Questions.Message> ask(@Valid @RequestBody QuestionRequest r) {
		return ResponseEntity.status(201).body(questions.ask(r.tekst()));
	}

	record VersionRequest(@NotNull @PositiveOrZero Long versie) {
	}

	@GetMapping("/mij")
	Portal.Home home() {
		return portal.home();
	}

	@GetMapping("/plan")
	Portal.MyPlan plan() {
		return portal.plan();
	}

	@GetMapping("/contacten")
	Portal.MyContacts contacts() {
		return portal.contacts();
	}

	@GetMapping("/toestemmingen")
	List<OwnSharing.Basis> consents() {
		return portal.consents();
	}

	@PostMapping("/toestemmingen/{id}/intrekking")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @Valid @RequestBody VersionRequest r) {
		portal.withdraw(id, r.versie());
		return ResponseEntity.noContent().build();
	}

}
