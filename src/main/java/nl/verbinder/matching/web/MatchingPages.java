package nl.verbinder.matching.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.matching.Kans;
import nl.verbinder.matching.Matching;
import nl.verbinder.matching.TalentMatching;
import nl.verbinder.matching.Voorkeur;
import nl.verbinder.partner.Referrals;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.reference.Occupation;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: the region's opportunities (and registering one), an opportunity with its best
 * candidates in the caller's municipalities, and a person's talent page: preferences,
 * ranked opportunities with their reasons, and referring to one (refused, with the way to
 * record consent, when there is no basis).
 */
@Controller
class MatchingPages {

	private final Matching matching;

	private final SocialMap socialMap;

	private final ReferenceData reference;

	private final AccessControl access;

	MatchingPages(Matching matching, SocialMap socialMap, ReferenceData reference, AccessControl access) {
		this.matching = matching;
		this.socialMap = socialMap;
		this.reference = reference;
		this.access = access;
	}

	@GetMapping("/kansen")
	String opportunities(@RequestParam(required = false) Kans.@Nullable Soort soort, Model model, Locale locale) {
		return opportunitiesPage(soort, model, locale, Map.of(), null);
	}

	@PostMapping("/kansen")
	String register(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		var input = form.toSingleValueMap();
		try {
			String beroep = input.getOrDefault("beroep", "").strip();
			String uri = null;
			if (!beroep.isEmpty()) {
				List<Occupation> found = reference.occupationsByLabel(beroep);
				if (found.isEmpty()) {
					throw new RuleViolation("rule.occupation.no-such-label", beroep);
				}
				uri = found.getFirst().escoUri();
			}
			Set<DayOfWeek> days = new LinkedHashSet<>();
			for (String d : form.getOrDefault("dag", List.of())) {
				days.add(DayOfWeek.valueOf(d));
			}
			var kans = matching
				.register(new Matching.NewKans(Kans.Soort.valueOf(required(input, "soort", "opportunities.kind")),
						UUID.fromString(required(input, "organisatie", "collab.organisation")),
						input.getOrDefault("titel", ""),
						new GemeenteCode(required(input, "gemeente", "household.gemeente")),
						number(input, "uren", "talent.hours"), days, number(input, "plaatsen", "opportunities.places"),
						LanguageLevel.valueOf(required(input, "nederlands", "opportunities.dutch")), uri, List.of(),
						Set.copyOf(Arrays.stream(input.getOrDefault("tags", "").split(","))
							.map(String::strip)
							.filter(t -> !t.isEmpty())
							.toList()),
						input.getOrDefault("biedt", "")), locale);
			redirect.addFlashAttribute("saved", "opportunity.saved");
			return "redirect:/kansen/" + kans.kans().id();
		}
		catch (IllegalArgumentException e) {
			return opportunitiesPage(null, model, locale, input, RuleViolation.reason(e));
		}
	}

	private String opportunitiesPage(Kans.@Nullable Soort soort, Model model, Locale locale, Map<String, String> input,
			@Nullable MessageSourceResolvable error) {
		model.addAttribute("kansen",
				matching.kansen(locale).stream().filter(k -> soort == null || k.kans().soort() == soort).toList());
		model.addAttribute("soort", soort);
		model.addAttribute("soorten", Kans.Soort.values());
		model.addAttribute("niveaus", LanguageLevel.values());
		model.addAttribute("dagen", DayOfWeek.values());
		model.addAttribute("mayRegister", access.currentActor().role().may(Permission.ORGANISATIONS_MANAGE));
		model.addAttribute("organisaties", socialMap.organisaties());
		model.addAttribute("input", input);
		model.addAttribute("error", error);
		return "matching/opportunities";
	}

	@GetMapping("/kansen/{kans}")
	String opportunity(@PathVariable UUID kans, Model model, Locale locale) {
		model.addAttribute("k", matching.kans(kans, locale));
		model.addAttribute("mayReadCandidates", access.currentActor().role().may(Permission.HOUSEHOLD_READ));
		return "matching/opportunity";
	}

	@GetMapping("/kansen/{kans}/kandidaten")
	String candidates(@PathVariable UUID kans, Model model, Locale locale) {
		model.addAttribute("k", matching.kans(kans, locale));
		var candidates = matching.candidatesFor(kans, 50);
		model.addAttribute("candidates", candidates);
		model.addAttribute("labels",
				labels(candidates.stream().flatMap(c -> c.match().reasons().stream()).toList(), locale));
		return "matching/candidates";
	}

	// A person's talent page

	@GetMapping("/huishoudens/{id}/leden/{person}/talent")
	String talent(@PathVariable UUID id, @PathVariable UUID person, Model model, Locale locale) {
		return talentPage(id, person, model, locale, null, null);
	}

	@PostMapping("/huishoudens/{id}/leden/{person}/talent")
	String savePreferences(@PathVariable UUID id, @PathVariable UUID person, @RequestParam long versie,
			@RequestParam(defaultValue = "") String interesses, @RequestParam(defaultValue = "0") int uren,
			@RequestParam(required = false) @Nullable List<DayOfWeek> dag, @RequestParam(defaultValue = "0") int km,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			matching.savePreferences(person, versie,
					new Voorkeur(Set.copyOf(
							Arrays.stream(interesses.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()),
							uren, dag == null ? Set.of() : Set.copyOf(dag), km));
			redirect.addFlashAttribute("saved", "talent.saved");
			return "redirect:/huishoudens/" + id + "/leden/" + person + "/talent";
		}
		catch (IllegalArgumentException e) {
			Map<String, String> input = new HashMap<>();
			input.put("interesses", interesses);
			input.put("uren", String.valueOf(uren));
			input.put("km", String.valueOf(km));
			return talentPage(id, person, model, locale, RuleViolation.reason(e), input);
		}
	}

	@PostMapping("/huishoudens/{id}/leden/{person}/talent/doorverwijzing")
	String refer(@PathVariable UUID id, @PathVariable UUID person, @RequestParam(required = false) @Nullable UUID kans,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (kans == null) {
			return talentPage(id, person, model, locale, RuleViolation.name("rule.opportunity.choose"), null);
		}
		try {
			matching.refer(person, kans, locale);
			redirect.addFlashAttribute("saved", "talent.referred");
			return "redirect:/huishoudens/" + id + "/leden/" + person + "/talent";
		}
		catch (Referrals.NoValidBasis e) {
			model.addAttribute("noBasis", true);
			return talentPage(id, person, model, locale, RuleViolation.reason(e), null);
		}
		catch (IllegalArgumentException e) {
			return talentPage(id, person, model, locale, RuleViolation.reason(e), null);
		}
	}

	private String talentPage(UUID household, UUID person, Model model, Locale locale,
			@Nullable MessageSourceResolvable error, @Nullable Map<String, String> input) {
		var talent = matching.talent(person);
		if (!talent.background().householdId().equals(household)) {
			throw new NoSuchElementException("No person " + person + " in household " + household);
		}
		var matches = matching.opportunitiesFor(talent, 20, locale);
		model.addAttribute("householdId", new HouseholdId(household));
		model.addAttribute("talent", talent);
		model.addAttribute("matches", matches);
		model.addAttribute("dagen", DayOfWeek.values());
		model.addAttribute("prior",
				talent.background()
					.occupations()
					.stream()
					.map(uri -> reference.occupation(uri).map(o -> o.label(locale)).orElse(uri))
					.toList());
		model.addAttribute("labels",
				labels(matches.stream().flatMap(m -> m.match().reasons().stream()).toList(), locale));
		model.addAttribute("error", error);
		model.addAttribute("input", input);
		return "matching/talent";
	}

	/** Occupation labels for the URIs that the reasons name. */
	private Map<String, String> labels(List<TalentMatching.Reason> reasons, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		for (var r : reasons) {
			if (r instanceof TalentMatching.OccupationReason o) {
				for (String uri : new String[] { o.occupation(), o.priorOccupation() }) {
					if (uri != null) {
						labels.computeIfAbsent(uri, u -> reference.occupation(u).map(x -> x.label(locale)).orElse(u));
					}
				}
			}
		}
		return labels;
	}

	/**
	 * The value of a form field; {@code label} is the key of the field's label, for the
	 * message.
	 */
	private static String required(Map<String, String> input, String name, String label) {
		String value = input.get(name);
		if (value == null || value.isBlank()) {
			throw new RuleViolation("rule.form.fill-in", RuleViolation.name(label));
		}
		return value;
	}

	private static int number(Map<String, String> input, String name, String label) {
		try {
			return Integer.parseInt(required(input, name, label).strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("rule.form.whole-number", RuleViolation.name(label));
		}
	}

}
