package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.DomainAssessment;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.SelfAssessment;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.IntakeView;
import nl.verbinder.inburgering.Intakes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's broad intakes: the history per domain with a small chart, and the form for a
 * new one.
 */
@Controller
class IntakePages {

	private final MemberPage memberPage;

	private final Intakes intakes;

	private final Clock clock;

	IntakePages(Inburgering inburgering, Intakes intakes, Clock clock) {
		this.memberPage = new MemberPage(inburgering, "intake", "intake.invalid");
		this.intakes = intakes;
		this.clock = clock;
	}

	/** One row of the form: a domain with its score, note and the person's own view. */
	public static class Row {

		private Domein domein;

		@Min(1)
		@Max(5)
		private Integer score;

		@Size(max = DomainAssessment.MAX_TEXT)
		private String notitie = "";

		@Size(max = DomainAssessment.MAX_TEXT)
		private String eigenVisie = "";

		public Domein getDomein() {
			return domein;
		}

		public void setDomein(Domein v) {
			domein = v;
		}

		public Integer getScore() {
			return score;
		}

		public void setScore(Integer v) {
			score = v;
		}

		public String getNotitie() {
			return notitie;
		}

		public void setNotitie(String v) {
			notitie = v;
		}

		public String getEigenVisie() {
			return eigenVisie;
		}

		public void setEigenVisie(String v) {
			eigenVisie = v;
		}

	}

	public static class IntakeForm {

		@NotNull
		@PastOrPresent
		@PlausibleDate(yearsAhead = 0)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate datum;

		private List<@Valid Row> rows = new ArrayList<>();

		public LocalDate getDatum() {
			return datum;
		}

		public void setDatum(LocalDate v) {
			datum = v;
		}

		public List<Row> getRows() {
			return rows;
		}

		public void setRows(List<Row> v) {
			rows = v;
		}

	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/intake")
	String intake(@PathVariable String id, @PathVariable String personId, Model model) {
		var form = new IntakeForm();
		form.setDatum(LocalDate.now(clock));
		for (Domein domein : Domein.values()) {
			var row = new Row();
			row.setDomein(domein);
			form.getRows().add(row);
		}
		model.addAttribute("form", form);
		return page(id, personId, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/intake")
	String record(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return memberPage.record(id, personId, errors, redirect, "recorded",
				person -> intakes.record(person, form.getDatum(), form.getRows()
					.stream()
					.filter(r -> r.getDomein() != null)
					.map(r -> new DomainAssessment(r.getDomein(), r.getScore(), r.getNotitie(), r.getEigenVisie()))
					.toList()),
				() -> page(id, personId, model));
	}

	private String page(String id, String personId, Model model) {
		UUID person = memberPage.show(id, personId, model).personId();
		List<IntakeView> history = intakes.history(person);
		model.addAttribute("history", history);
		model.addAttribute("latest",
				history.size() > 6 ? history.subList(history.size() - 6, history.size()) : history);
		List<SelfAssessment> ownViews = intakes.selfAssessments(person);
		model.addAttribute("ownView", ownViews.isEmpty() ? null : ownViews.getLast());
		model.addAttribute("ownViewOn",
				ownViews.isEmpty() ? null : LocalDate.ofInstant(ownViews.getLast().recordedAt(), DutchTime.ZONE));
		model.addAttribute("lastIntake", history.isEmpty() ? null : history.getLast());
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
		return "inburgering/intake";
	}

}
