package nl.verbinder.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newcomer's voice in the portal: their wishes and talents, and their own view of the
 * life domains. A refused form shows what was typed again with the reason, and changes
 * nothing.
 */
@Controller
class VoicePages {

	private final Wishes wishes;

	private final SelfAssessing selfAssessing;

	private final Ratings ratings;

	private final ActivityRatings activityRatings;

	private final Pictograms pictograms;

	VoicePages(Wishes wishes, SelfAssessing selfAssessing, Ratings ratings, ActivityRatings activityRatings,
			Pictograms pictograms) {
		this.wishes = wishes;
		this.selfAssessing = selfAssessing;
		this.ratings = ratings;
		this.activityRatings = activityRatings;
		this.pictograms = pictograms;
	}

	@GetMapping("/portaal/beoordelen")
	String ratings(Model model) {
		return ratingsPage(model);
	}

	/** A rating of one organisation; refused as a whole, the page saying why. */
	@PostMapping("/portaal/beoordelen/{id}")
	String rate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String geholpen,
			@RequestParam(required = false) @Nullable String respect,
			@RequestParam(required = false) @Nullable String begrepen,
			@RequestParam(required = false) @Nullable String aanraden,
			@RequestParam(required = false) @Nullable String toelichting, Model model, RedirectAttributes redirect) {
		try {
			ratings.rate(id, new Ratings.Answers(hours(geholpen), hours(respect), hours(begrepen), hours(aanraden),
					toelichting));
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e);
			model.addAttribute("refusedFor", id);
			model.addAttribute("typed", toelichting);
			return ratingsPage(model);
		}
		redirect.addFlashAttribute("rated", true);
		return "redirect:/portaal/beoordelen";
	}

	/**
	 * A rating of one activity of the newcomer's plan in force; refused as a whole, the
	 * page saying why.
	 */
	@PostMapping("/portaal/beoordelen/activiteit/{key}")
	String rateActivity(@PathVariable UUID key, @RequestParam(required = false) @Nullable String geholpen,
			@RequestParam(required = false) @Nullable String respect,
			@RequestParam(required = false) @Nullable String begrepen,
			@RequestParam(required = false) @Nullable String aanraden,
			@RequestParam(required = false) @Nullable String toelichting, Model model, RedirectAttributes redirect) {
		try {
			activityRatings.rate(key, new Ratings.Answers(hours(geholpen), hours(respect), hours(begrepen),
					hours(aanraden), toelichting));
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e);
			model.addAttribute("refusedFor", key);
			model.addAttribute("typed", toelichting);
			return ratingsPage(model);
		}
		redirect.addFlashAttribute("rated", true);
		return "redirect:/portaal/beoordelen";
	}

	private String ratingsPage(Model model) {
		model.addAttribute("rateables", ratings.mine());
		model.addAttribute("activities", activityRatings.mine());
		model.addAttribute("scaleOptions", List.of(1, 2, 3));
		model.addAttribute("questions", List.of("geholpen", "respect", "begrepen", "aanraden"));
		return "portal/ratings";
	}

	@ModelAttribute("pictograms")
	Pictograms pictograms() {
		return pictograms;
	}

	@GetMapping("/portaal/wensen")
	String wishes(Model model) {
		return wishesPage(model, wishes.mine());
	}

	@PostMapping("/portaal/wensen")
	String changeWishes(@RequestParam(required = false) @Nullable String talenten,
			@RequestParam(required = false) @Nullable String wensen,
			@RequestParam(required = false) @Nullable List<String> interesses,
			@RequestParam(required = false) @Nullable String uren,
			@RequestParam(required = false) @Nullable List<DayOfWeek> dagen,
			@RequestParam(required = false) @Nullable Long versie, Model model, RedirectAttributes redirect) {
		Set<String> interests = interesses == null ? Set.of() : Set.copyOf(interesses);
		Set<DayOfWeek> days = dagen == null || dagen.isEmpty() ? Set.of() : EnumSet.copyOf(dagen);
		long version = versie == null ? -1 : versie;
		try {
			wishes.change(new Wishes.Change(talenten, wensen, interests, hours(uren), days), version);
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			model.addAttribute("error", RuleViolation.reason(e));
			return wishesPage(model, new Wishes.MyWishes(talenten == null ? "" : talenten, wensen == null ? "" : wensen,
					interests, 0, days, version), uren);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/portaal/wensen";
	}

	@GetMapping("/portaal/zelfbeoordeling")
	String selfAssessment(Model model) {
		var latest = selfAssessing.mine();
		model.addAttribute("latestOn",
				latest.map(a -> LocalDate.ofInstant(a.recordedAt(), DutchTime.ZONE)).orElse(null));
		return selfAssessmentPage(model, latest.map(a -> answersOf(a.scores())).orElseGet(Map::of));
	}

	/**
	 * A self-assessment: per domain (the parameter named after it) 1, 2 or 3; a domain
	 * left out is skipped.
	 */
	@PostMapping("/portaal/zelfbeoordeling")
	String giveSelfAssessment(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Map<Domein, Integer> scores = new EnumMap<>(Domein.class);
		for (Domein domein : Domein.values()) {
			String answer = form.get(domein.name());
			if (answer != null && !answer.isBlank()) {
				scores.put(domein, hours(answer));
			}
		}
		try {
			selfAssessing.give(scores);
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e);
			model.addAttribute("latestOn", null);
			return selfAssessmentPage(model, answersOf(scores));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/portaal/zelfbeoordeling";
	}

	private static Map<String, String> answersOf(Map<Domein, Integer> scores) {
		Map<String, String> answers = new HashMap<>();
		scores.forEach((d, n) -> answers.put(d.name(), String.valueOf(n)));
		return answers;
	}

	private String selfAssessmentPage(Model model, Map<String, String> answers) {
		model.addAttribute("answers", answers);
		model.addAttribute("domains", Domein.values());
		model.addAttribute("scaleOptions", List.of(1, 2, 3));
		return "portal/self-assessment";
	}

	/**
	 * A whole number as typed (hours, an answer); what is none becomes 0, which the rules
	 * refuse as out of range.
	 */
	private static int hours(@Nullable String typed) {
		try {
			return typed == null ? 0 : Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private String wishesPage(Model model, Wishes.MyWishes mine) {
		return wishesPage(model, mine, String.valueOf(mine.urenPerWeek()));
	}

	private String wishesPage(Model model, Wishes.MyWishes mine, @Nullable String hoursTyped) {
		model.addAttribute("wishes", mine);
		model.addAttribute("hoursTyped", hoursTyped == null ? "" : hoursTyped);
		model.addAttribute("interestOptions", Wishes.INTERESTS);
		model.addAttribute("dayOptions", List.of(DayOfWeek.values()));
		return "portal/wishes";
	}

}
