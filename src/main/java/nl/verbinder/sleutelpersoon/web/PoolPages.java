package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.PoolOverview;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages for the pool's members: everyone with their languages,
 * communities, roles and hours (by name, never by code), and forms to add a key person,
 * change one, and end their place in the pool. The rules are those of
 * {@link Sleutelpersoon} and {@link Sleutelpersonen}.
 */
@Controller
class PoolPages {

	/** Empty language rows offered below the languages a key person has. */
	static final int EMPTY_LANGUAGE_ROWS = 2;

	private final Sleutelpersonen sleutelpersonen;

	private final PoolOverview overview;

	private final AccessControl access;

	private final ReferenceData reference;

	private final Clock clock;

	PoolPages(Sleutelpersonen sleutelpersonen, PoolOverview overview, AccessControl access, ReferenceData reference,
			Clock clock) {
		this.sleutelpersonen = sleutelpersonen;
		this.overview = overview;
		this.access = access;
		this.reference = reference;
		this.clock = clock;
	}

	@GetMapping("/sleutelpersonen/overzicht")
	String overview(Model model) {
		model.addAttribute("overview", overview.overview());
		model.addAttribute("today", LocalDate.now(clock));
		return "sleutelpersoon/overview";
	}

	@GetMapping("/sleutelpersonen")
	String pool(Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		List<Sleutelpersoon> everyone = new ArrayList<>(sleutelpersonen.pool());
		everyone.sort(Comparator.comparing((Sleutelpersoon p) -> !p.activeOn(today) && p.einde() != null)
			.thenComparing(Sleutelpersoon::voornaam)
			.thenComparing(Sleutelpersoon::achternaam));
		model.addAttribute("pool", everyone);
		model.addAttribute("today", today);
		names(model, locale);
		return "sleutelpersoon/pool";
	}

	@GetMapping("/sleutelpersonen/nieuw")
	String newMember(Model model, Locale locale) {
		var form = new MemberForm();
		form.setStart(LocalDate.now(clock));
		model.addAttribute("form", form);
		return memberForm(model, locale, null);
	}

	@PostMapping("/sleutelpersonen")
	String add(@Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			// The rows are checked even when other fields have errors, so that every
			// error shows at once.
			var details = form.details(errors);
			if (details != null) {
				Sleutelpersoon added = sleutelpersonen.add(Sleutelpersoon.join(UUID.randomUUID(), details));
				redirect.addFlashAttribute("saved", "pool.saved.added");
				redirect.addFlashAttribute("savedName", added.voornaam() + " " + added.achternaam());
				return "redirect:/sleutelpersonen";
			}
		}
		catch (RuleViolation e) {
			errors.reject(e.code(), e.getArguments(), e.getMessage());
		}
		return memberForm(model, locale, null);
	}

	@GetMapping("/sleutelpersonen/{id}")
	String member(@PathVariable UUID id, Model model, Locale locale) {
		var member = sleutelpersonen.member(id);
		model.addAttribute("form", MemberForm.of(member));
		return memberForm(model, locale, member.sleutelpersoon());
	}

	@PostMapping("/sleutelpersonen/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			var details = form.details(errors);
			if (details != null) {
				Sleutelpersoon changed = sleutelpersonen.change(id, form.getVersie(), details);
				redirect.addFlashAttribute("saved", "pool.saved.changed");
				redirect.addFlashAttribute("savedName", changed.voornaam() + " " + changed.achternaam());
				return "redirect:/sleutelpersonen";
			}
		}
		catch (RuleViolation e) {
			errors.reject(e.code(), e.getArguments(), e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			// Show what is stored now, so the change is made again on the current
			// version.
			var current = sleutelpersonen.member(id);
			var fresh = MemberForm.of(current);
			var stale = new BeanPropertyBindingResult(fresh, "form");
			stale.reject("pool.stale");
			model.addAttribute("form", fresh);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", stale);
			return memberForm(model, locale, current.sleutelpersoon());
		}
		return memberForm(model, locale, sleutelpersonen.member(id).sleutelpersoon());
	}

	@GetMapping("/sleutelpersonen/{id}/vertrek")
	String leaving(@PathVariable UUID id, Model model) {
		var form = new LeaveForm();
		form.setEinde(LocalDate.now(clock));
		model.addAttribute("form", form);
		return leaveForm(model, id, form.getEinde());
	}

	@PostMapping("/sleutelpersonen/{id}/vertrek")
	String leave(@PathVariable UUID id, @Valid @ModelAttribute("form") LeaveForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				var departure = sleutelpersonen.leave(id, form.getEinde(), form.getReden());
				redirect.addFlashAttribute("saved", "pool.saved.left");
				redirect.addFlashAttribute("savedName",
						departure.sleutelpersoon().voornaam() + " " + departure.sleutelpersoon().achternaam());
				redirect.addFlashAttribute("reopened", departure.reopened().size());
				return "redirect:/sleutelpersonen";
			}
			catch (RuleViolation e) {
				errors.reject(e.code(), e.getArguments(), e.getMessage());
			}
		}
		return leaveForm(model, id, form.getEinde() == null ? LocalDate.now(clock) : form.getEinde());
	}

	private String leaveForm(Model model, UUID id, LocalDate day) {
		model.addAttribute("member", sleutelpersonen.member(id).sleutelpersoon());
		model.addAttribute("held", sleutelpersonen.heldOn(id, day));
		return "sleutelpersoon/pool-leave";
	}

	private String memberForm(Model model, Locale locale, @Nullable Sleutelpersoon member) {
		model.addAttribute("member", member);
		model.addAttribute("talen", reference.newcomerTalen());
		model.addAttribute("niveaus", LanguageLevel.values());
		model.addAttribute("landen", reference.landen(locale));
		model.addAttribute("rollen", Rol.values());
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("vormen", Sleutelpersoon.Dienstverband.Vorm.values());
		model.addAttribute("regioGemeenten",
				access.region().gemeenteCodes().stream().map(GemeenteCode::value).toList());
		return "sleutelpersoon/pool-member";
	}

	/**
	 * Names in the reader's language for the codes the pool page shows: languages,
	 * countries, municipalities.
	 */
	private void names(Model model, Locale locale) {
		Map<String, String> languages = new HashMap<>();
		reference.talen().forEach(t -> languages.put(t.code().value(), t.name(locale)));
		Map<String, String> countries = new HashMap<>();
		reference.landen().forEach(l -> countries.put(l.alpha2(), l.name(locale)));
		Map<String, String> places = new HashMap<>();
		reference.gemeenten().forEach(g -> places.put(g.code().value(), g.displayName()));
		model.addAttribute("taalNames", languages);
		model.addAttribute("landNames", countries);
		model.addAttribute("placeNames", places);
	}

}
