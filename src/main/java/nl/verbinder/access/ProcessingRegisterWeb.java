package nl.verbinder.access;

import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of processing activities for the administrator: the page
 * {@code /beheer/verwerkingsregister}, its exports as JSON and CSV, and the API
 * {@code /api/v1/verwerkingsregister}.
 */
@Controller
class ProcessingRegisterWeb {

	private final ProcessingRegister register;

	ProcessingRegisterWeb(ProcessingRegister register) {
		this.register = register;
	}

	@GetMapping("/beheer/verwerkingsregister")
	String page(Model model) {
		model.addAttribute("activities", register.activities());
		return "access/processing-register";
	}

	@GetMapping("/beheer/verwerkingsregister/verwerkingsregister.json")
	ResponseEntity<List<ProcessingRegister.RegisteredActivity>> json() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("verwerkingsregister.json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(register.activities());
	}

	@GetMapping("/beheer/verwerkingsregister/verwerkingsregister.csv")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("verwerkingsregister.csv"))
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(register.csv());
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

	/** The register as the API answers it (problem+json for what it refuses). */
	@RestController
	static class Api {

		private final ProcessingRegister register;

		Api(ProcessingRegister register) {
			this.register = register;
		}

		/**
		 * A processing activity of the register: its purpose ({@code doel}), legal basis
		 * ({@code grondslag}), the categories of data, how long they are kept
		 * ({@code bewaartermijn}) and who is the controller
		 * ({@code verwerkingsverantwoordelijke}).
		 */
		record ActivityResource(String id, String uri, String doel, String grondslag,
				List<DataCategory> gegevenscategorieen, @Nullable Period bewaartermijn,
				ProcessingActivity.Controller verwerkingsverantwoordelijke, Instant geregistreerdOp,
				Instant gewijzigdOp) {

			static ActivityResource of(ProcessingRegister.RegisteredActivity a) {
				return new ActivityResource(a.id(), a.uri(), a.purpose(), a.legalBasis(), a.dataCategories(),
						a.retention(), a.controller(), a.registeredAt(), a.changedAt());
			}
		}

		/** The register, by id unless asked otherwise (a short list: paged in memory). */
		@GetMapping(path = "/api/v1/verwerkingsregister", produces = MediaType.APPLICATION_JSON_VALUE)
		Paged<ActivityResource> api(@Sorting(value = { "id", "gewijzigdOp" }, byDefault = "by id") Paging paging) {
			return paging.of("activiteiten", register.activities().stream().map(ActivityResource::of).toList(),
					Map.of("id", Comparator.comparing(ActivityResource::id), "gewijzigdOp",
							Comparator.comparing(ActivityResource::gewijzigdOp)),
					Comparator.comparing(ActivityResource::id));
		}

	}

}
