package nl.verbinder.partner.web;

import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.KisGebied;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.Collaboration;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.Referrals;
import nl.verbinder.partner.SocialMap;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;

/**
 * Pages: the region's social map, a household's collaboration (who is involved, the basis
 * for sharing, referrals) with the overview the household page loads, and the partner
 * worker's referrals. A refused form comes back with everything that was entered and the
 * reason.
 * <p>
 * Eight collaborators: one for each of the module's use cases it shows (social map,
 * collaboration, bases for sharing, referrals, the partner's inbox), and the household,
 * the municipalities' names and the reader's role around them.
 */
@Controller
class PartnerPages {

	private final SocialMap socialMap;

	private final Collaboration collaboration;

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final PartnerInbox partnerInbox;

	private final Inburgering inburgering;

	private final ReferenceData reference;

	private final AccessControl access;

	PartnerPages(SocialMap socialMap, Collaboration collaboration, Grondslagen grondslagen, Referrals referrals,
			PartnerInbox partnerInbox, Inburgering inburgering, ReferenceData reference, AccessControl access) {
		this.access = access;
		this.socialMap = socialMap;
		this.collaboration = collaboration;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.partnerInbox = partnerInbox;
		this.inburgering = inburgering;
		this.reference = reference;
	}

	@GetMapping("/organisaties")
	String organisations(Model model) {
		return organisationsPage(model, Map.of(), null);
	}

	/**
	 * Registers an organisation from the form; a refusal comes back with what was
	 * entered.
	 */
	@PostMapping("/organisaties")
	String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		var input = form.toSingleValueMap();
		try {
			Organisatie.Soort soort = Organisatie.Soort.valueOf(input.getOrDefault("soort", "WELZIJN"));
			var contact = input.getOrDefault("contactNaam", "").isBlank() ? null
					: new Organisatie.Contactpersoon(input.get("contactNaam"), input.getOrDefault("contactFunctie", ""),
							input.getOrDefault("contactTelefoon", ""), input.getOrDefault("contactEmail", ""));
			Set<KisGebied> gebieden = EnumSet.noneOf(KisGebied.class);
			form.getOrDefault("gebied", List.of()).forEach(g -> gebieden.add(KisGebied.valueOf(g)));
			Set<Domein> domeinen = EnumSet.noneOf(Domein.class);
			form.getOrDefault("domein", List.of()).forEach(d -> domeinen.add(Domein.valueOf(d)));
			String aanbod = input.getOrDefault("aanbod", "").strip();
			var registered = socialMap.register(new Organisatie(UUID.randomUUID(), input.getOrDefault("naam", ""),
					soort, !form.containsKey("informeel"),
					aanbod.isEmpty() ? List.of() : List.of(new Organisatie.Aanbod(aanbod, domeinen, gebieden)),
					List.of(input.getOrDefault("doelgroepen", "").split(",")),
					Set.copyOf(form.getOrDefault("gemeente", List.of()).stream().map(GemeenteCode::new).toList()),
					Set.copyOf(Arrays.stream(input.getOrDefault("talen", "").split(","))
						.map(String::strip)
						.filter(t -> !t.isEmpty())
						.map(TaalCode::new)
						.toList()),
					contact == null || soort == Organisatie.Soort.WERKGEVER ? List.of() : List.of(contact),
					soort == Organisatie.Soort.WERKGEVER ? contact : null));
			redirect.addFlashAttribute("saved", "organisations.saved");
			redirect.addFlashAttribute("savedName", registered.naam());
			return "redirect:/organisaties";
		}
		catch (IllegalArgumentException e) {
			return organisationsPage(model, input, RuleViolation.reason(e));
		}
	}

	private String organisationsPage(Model model, Map<String, String> input, @Nullable MessageSourceResolvable error) {
		var organisaties = socialMap.organisaties();
		model.addAttribute("organisaties", organisaties);
		Map<UUID, String> plaatsen = new HashMap<>();
		organisaties.forEach(o -> plaatsen.put(o.id(),
				o.gemeenten()
					.stream()
					.map(g -> reference.gemeente(g).map(x -> x.displayName()).orElse(g.value()))
					.sorted()
					.collect(Collectors.joining(", "))));
		model.addAttribute("plaatsen", plaatsen);
		model.addAttribute("mayRegister", access.currentActor().role().may(Permission.ORGANISATIONS_MANAGE));
		model.addAttribute("soorten", Organisatie.Soort.values());
		model.addAttribute("gebieden", KisGebied.values());
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("input", input);
		model.addAttribute("error", error);
		return "partner/organisations";
	}

	// A household's collaboration

	@GetMapping("/huishoudens/{id}/samenwerking")
	String collaboration(@PathVariable UUID id, Model model) {
		return collaborationPage(id, model, Map.of(), null, null);
	}

	/** Who is involved, for the household page (loaded into it by htmx). */
	@GetMapping("/huishoudens/{id}/betrokkenheid")
	String involved(@PathVariable UUID id, Model model) {
		var household = collaboration.household(new HouseholdId(id));
		model.addAttribute("householdId", id);
		model.addAttribute("betrokkenheden", household.betrokkenheden());
		model.addAttribute("today", LocalDate.now());
		return "partner/involved :: involved";
	}

	@PostMapping("/huishoudens/{id}/samenwerking/grondslag")
	String recordBasis(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID organisatie,
			@RequestParam(required = false) @Nullable UUID persoon,
			@RequestParam(required = false) Grondslag.@Nullable Soort soort,
			@RequestParam(defaultValue = "") String doel,
			@RequestParam(required = false) @Nullable Set<Gegevenscategorie> categorie,
			@RequestParam(required = false) Grondslag.@Nullable Wijze wijze,
			@RequestParam(required = false) @Nullable String getuige,
			@RequestParam(required = false) @Nullable String taak,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate gegevenOp,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate geldigTot,
			Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "basis", redirect, "collab.basis.saved",
				() -> grondslagen.recordBasis(new HouseholdId(id),
						new Grondslagen.NewBasis(persoon, required(organisatie, "rule.referral.choose-organisation"),
								soort == null ? Grondslag.Soort.TOESTEMMING : soort, doel,
								categorie == null || categorie.isEmpty() ? Set.of() : EnumSet.copyOf(categorie), wijze,
								getuige, taak, required(gegevenOp, "rule.basis.given-on-required"), geldigTot)));
	}

	@PostMapping("/huishoudens/{id}/samenwerking/grondslag/{basis}/intrekking")
	String withdraw(@PathVariable UUID id, @PathVariable UUID basis, @RequestParam long versie,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "withdraw", redirect, "collab.basis.withdrawn", () -> {
			grondslagen.withdraw(new HouseholdId(id), basis, versie);
			return true;
		});
	}

	@PostMapping("/huishoudens/{id}/samenwerking/doorverwijzing")
	String refer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID persoon,
			@RequestParam(required = false) @Nullable UUID organisatie, @RequestParam(defaultValue = "") String reden,
			@RequestParam(required = false) @Nullable Set<Gegevenscategorie> gedeeld, Locale locale, Model model,
			RedirectAttributes redirect) {
		return attempt(id, model, form, "referral", redirect, "collab.referral.sent",
				() -> referrals.refer(new HouseholdId(id), required(persoon, "rule.referral.choose-person"),
						required(organisatie, "rule.referral.choose-organisation"), null, reden,
						gedeeld == null || gedeeld.isEmpty() ? Set.of() : EnumSet.copyOf(gedeeld), locale));
	}

	@PostMapping("/huishoudens/{id}/samenwerking/betrokkene")
	String involve(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID organisatie, @RequestParam(defaultValue = "") String naam,
			@RequestParam(defaultValue = "") String rol,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sinds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
			@RequestParam(defaultValue = "") String contact, Model model, RedirectAttributes redirect) {
		return attempt(id, model, form, "involvement", redirect, "collab.involved.saved",
				() -> collaboration.addInvolvement(new HouseholdId(id), organisatie, naam, rol,
						required(sinds, "rule.involvement.start-date"), tot, contact));
	}

	private String attempt(UUID id, Model model, MultiValueMap<String, String> form, String formName,
			RedirectAttributes redirect, String done, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/huishoudens/" + id + "/samenwerking";
		}
		catch (IllegalArgumentException e) { // a RuleViolation, NoValidBasis among them,
												// or input that does not parse
			return collaborationPage(id, model, form.toSingleValueMap(), formName, RuleViolation.reason(e));
		}
	}

	private String collaborationPage(UUID id, Model model, Map<String, String> input, @Nullable String failedForm,
			@Nullable MessageSourceResolvable error) {
		var household = inburgering.household(new HouseholdId(id));
		model.addAttribute("household", household);
		model.addAttribute("collaboration", collaboration.household(new HouseholdId(id)));
		model.addAttribute("organisaties", socialMap.organisaties());
		model.addAttribute("categorieen", Gegevenscategorie.values());
		model.addAttribute("wijzen", Grondslag.Wijze.values());
		model.addAttribute("grondslagSoorten", Grondslag.Soort.values());
		model.addAttribute("input", input);
		model.addAttribute("failedForm", failedForm);
		model.addAttribute("error", error);
		model.addAttribute("today", LocalDate.now());
		return "partner/collaboration";
	}

	private static <T> T required(@Nullable T value, String rule) {
		if (value == null) {
			throw new RuleViolation(rule);
		}
		return value;
	}

	// The partner worker's referrals

	@GetMapping("/doorverwijzingen")
	String inbox(Model model) {
		model.addAttribute("referrals", partnerInbox.inbox());
		return "partner/inbox";
	}

	@GetMapping("/doorverwijzingen/{id}")
	String referral(@PathVariable UUID id, Model model) {
		model.addAttribute("r", partnerInbox.referral(id));
		return "partner/referral";
	}

	@PostMapping("/doorverwijzingen/{id}/status")
	String step(@PathVariable UUID id, @RequestParam long versie, @RequestParam Status status,
			@RequestParam(required = false) @Nullable String reden, Model model, RedirectAttributes redirect) {
		return onReferral(id, () -> partnerInbox.step(id, versie, status, reden), "referral.step.saved", "reden", reden,
				model, redirect);
	}

	@PostMapping("/doorverwijzingen/{id}/notitie")
	String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String tekst, Model model,
			RedirectAttributes redirect) {
		return onReferral(id, () -> partnerInbox.note(id, tekst), "referral.note.saved", "tekst", tekst, model,
				redirect);
	}

	/**
	 * Acts on a referral and goes back to it saying so ({@code saved} the message key);
	 * refused, shows the referral again with the reason and what was typed in
	 * {@code field}.
	 */
	private String onReferral(UUID id, Runnable action, String saved, String field, @Nullable String typed, Model model,
			RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/doorverwijzingen/" + id;
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("r", partnerInbox.referral(id));
			model.addAttribute("error", RuleViolation.reason(e));
			model.addAttribute(field, typed);
			return "partner/referral";
		}
	}

}
