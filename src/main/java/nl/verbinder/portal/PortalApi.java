package nl.verbinder.portal;

import java.util.Comparator;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
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

	/**
	 * A message of the thread: the newcomer's question ({@code vanNieuwkomer}) or the
	 * case manager's answer.
	 */
	record MessageResource(UUID id, boolean vanNieuwkomer, String auteur, String tekst, Instant verstuurdOp) {

		static MessageResource of(Questions.Message m) {
			return new MessageResource(m.id(), m.fromNewcomer(), m.author(), m.body(), m.sentAt());
		}
	}

	@GetMapping("/vragen")
	Paged<MessageResource> questions(@Sorting(value = { "verstuurdOp" }, byDefault = "oldest first") Paging paging) {
		return questions.mine(paging).map(MessageResource::of);
	}

	@PostMapping("/vragen")
	ResponseEntity<MessageResource> ask(@Valid @RequestBody QuestionRequest r) {
		return ResponseEntity.status(201).body(MessageResource.of(questions.ask(r.tekst())));
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

	/**
	 * The newcomer's bases for sharing (a short list: paged in memory), newest first
	 * unless asked otherwise.
	 */
	@GetMapping("/toestemmingen")
	Paged<OwnSharing.Basis> consents(
			@Sorting(value = { "gegevenOp", "organisatie" }, byDefault = "as given") Paging paging) {
		return paging.of("toestemmingen", portal.consents(),
				Map.of("gegevenOp", Comparator.comparing(OwnSharing.Basis::givenOn), "organisatie",
						Comparator.comparing(OwnSharing.Basis::organisatie)),
				(a, b) -> 0);
	}

	@PostMapping("/toestemmingen/{id}/intrekking")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @Valid @RequestBody VersionRequest r) {
		portal.withdraw(id, r.versie());
		return ResponseEntity.noContent().build();
	}

}
