package nl.verbinder.access;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

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

	@GetMapping(path = "/api/v1/verwerkingsregister", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ProcessingRegister.RegisteredActivity> api() {
		return register.activities();
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
