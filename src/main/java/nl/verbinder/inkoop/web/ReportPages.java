package nl.verbinder.inkoop.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inkoop.Aanwezigheid;
import nl.verbinder.inkoop.CsvRefused;
import nl.verbinder.inkoop.Deelname;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.inkoop.Resultaat;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's pages: the participants referred to the partner worker's organisation,
 * one participant with forms for attendance, results and the ending, and an attendance
 * file, stored whole or refused with each wrong row named.
 */
@Controller
class ReportPages {

	private final Reporting reporting;

	ReportPages(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/deelnemers")
	String participants(Model model) {
		return listPage(model, null, null);
	}

	@PostMapping("/deelnemers/bestand")
	String upload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) {
		try {
			int rows = reporting.importAttendance(text(file));
			redirect.addFlashAttribute("imported", rows);
			return "redirect:/deelnemers";
		}
		catch (CsvRefused e) {
			return listPage(model, e.errors(), null);
		}
		catch (IllegalArgumentException e) {
			return listPage(model, null, RuleViolation.reason(e));
		}
	}

	@GetMapping("/deelnemers/{id}")
	String participant(@PathVariable UUID id, Model model) {
		return detailPage(id, model, Map.of(), null, null);
	}

	@PostMapping("/deelnemers/{id}/aanwezigheid")
	String attendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID product,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
			@RequestParam(required = false) Aanwezigheid.@Nullable Soort soort,
			@RequestParam(required = false) Aanwezigheid.@Nullable Workshopthema thema,
			@RequestParam(defaultValue = "0") int aanwezig, @RequestParam(defaultValue = "0") int afwezig,
			@RequestParam(defaultValue = "0") String uren, Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "attendance", redirect, () -> reporting.reportAttendance(id, required(product),
				new Aanwezigheid(datum, soort, thema, aanwezig, afwezig, decimal(uren))));
	}

	@PostMapping("/deelnemers/{id}/resultaat")
	String result(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID product,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
			@RequestParam(required = false) Resultaat.@Nullable Soort soort,
			@RequestParam(required = false) @Nullable Boolean behaald,
			@RequestParam(defaultValue = "") String toelichting, Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "result", redirect,
				() -> reporting.recordResult(id, required(product), new Resultaat(datum, soort, behaald, toelichting)));
	}

	@PostMapping("/deelnemers/{id}/einde")
	String end(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID product,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
			@RequestParam(required = false) Deelname.@Nullable Einde einde,
			@RequestParam(defaultValue = "") String reden, Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "end", redirect, () -> {
			if (einde == null || datum == null) {
				throw new RuleViolation("rule.report.end-incomplete");
			}
			return reporting.end(id, required(product), einde, datum, reden);
		});
	}

	private String attempt(UUID id, Model model, MultiValueMap<String, String> form, String which,
			RedirectAttributes redirect, java.util.function.Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("saved", "inkoop.report.saved." + which);
			return "redirect:/deelnemers/" + id;
		}
		catch (IllegalArgumentException e) {
			return detailPage(id, model, form.toSingleValueMap(), which, RuleViolation.reason(e));
		}
	}

	private String listPage(Model model, @Nullable List<CsvRefused.RowError> rowErrors, @Nullable Object error) {
		model.addAttribute("participants", reporting.participants());
		model.addAttribute("rowErrors", rowErrors);
		model.addAttribute("header", Reporting.CSV_HEADER);
		model.addAttribute("error", error);
		return "inkoop/participants";
	}

	private String detailPage(UUID id, Model model, Map<String, String> input, @Nullable String failed,
			@Nullable Object error) {
		model.addAttribute("p", reporting.participant(id));
		model.addAttribute("input", input);
		model.addAttribute("failed", failed);
		model.addAttribute("error", error);
		model.addAttribute("lessoorten", Aanwezigheid.Soort.values());
		model.addAttribute("themas", Aanwezigheid.Workshopthema.values());
		model.addAttribute("resultaatsoorten", Resultaat.Soort.values());
		model.addAttribute("eindes", Deelname.Einde.values());
		model.addAttribute("uitkomsten", List.of(Boolean.TRUE, Boolean.FALSE));
		model.addAttribute("today", LocalDate.now());
		return "inkoop/participant";
	}

	private static UUID required(@Nullable UUID product) {
		if (product == null) {
			throw new RuleViolation("rule.report.product-missing");
		}
		return product;
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.strip().isEmpty() ? "0" : text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("rule.attendance.hours", 60);
		}
	}

	/** The uploaded file as UTF-8 text; refused when missing, too large or not UTF-8. */
	static String text(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("rule.csv.no-file");
		}
		if (file.getSize() > 1_000_000) {
			throw new RuleViolation("rule.csv.too-large", 1000);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new RuleViolation("rule.csv.encoding");
		}
		catch (IOException e) {
			throw new RuleViolation("rule.csv.unreadable");
		}
	}

}
