package nl.verbinder.access;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's answer to an access request: {@code /beheer/inzageverzoek} finds
 * the person by BSN or name and shows all data kept about them as a readable page, with
 * the same as JSON to hand over; the API {@code /api/v1/persoonsgegevens/{personId}}.
 */
@Controller
class PersonalDataWeb {

	private final PersonalDataExport export;

	private final SubjectSearch search;

	PersonalDataWeb(PersonalDataExport export, SubjectSearch search) {
		this.export = export;
		this.search = search;
	}

	@GetMapping("/beheer/inzageverzoek")
	String page(@RequestParam(name = "betrokkene", required = false) String query,
			@RequestParam(name = "persoon", required = false) UUID person, Model model) {
		UUID found = person;
		if (found == null && query != null && !query.isBlank()) {
			model.addAttribute("query", query.strip());
			List<SubjectDirectory.KnownSubject> subjects = search.find(query.strip())
				.stream()
				.filter(s -> s.subject().type().equals(DataSubject.PERSON))
				.toList();
			if (subjects.size() != 1) {
				model.addAttribute("found", subjects);
				return "access/personal-data";
			}
			found = UUID.fromString(subjects.getFirst().subject().id());
		}
		if (found != null) {
			model.addAttribute("export", export.of(found));
		}
		return "access/personal-data";
	}

	@GetMapping("/beheer/inzageverzoek/persoonsgegevens.json")
	ResponseEntity<PersonalDataExport.Export> json(@RequestParam("persoon") UUID person) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("persoonsgegevens-" + person + ".json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(export.of(person));
	}

	/** The export as the API answers it (problem+json for what it refuses). */
	@RestController
	static class Api {

		private final PersonalDataExport export;

		Api(PersonalDataExport export) {
			this.export = export;
		}

		@GetMapping(path = "/api/v1/persoonsgegevens/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
		PersonalDataExport.Export personalData(@PathVariable("personId") UUID person) {
			return export.of(person);
		}

	}

}
