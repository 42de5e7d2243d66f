package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.PoolOverview;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

	/** One language row of the form: a language and how well. */
	public static class LanguageRow {

		private String taal = "";

		private @Nullable LanguageLevel niveau;

		public String getTaal() {
			return taal;
		}

		public void setTaal(String v) {
			taal = v == null ? "" : v;
		}

		public @Nullable LanguageLevel getNiveau() {
			return niveau;
		}

		public void setNiveau(@Nullable LanguageLevel v) {
			niveau = v;
		}

	}

	/** A key person as entered; kept whole when it comes back with errors. */
	public static class MemberForm {

		@NotBlank
		@Size(max = 200)
		private String voornaam = "";

		@NotBlank
		@Size(max = 200)
		private String achternaam = "";

		private List<LanguageRow> talen = rows(0);

		private List<String> gemeenschappen = new ArrayList<>();

		private Set<Rol> rollen = EnumSet.noneOf(Rol.class);

		private Set<Domein> domeinen = EnumSet.noneOf(Domein.class);

		@NotBlank
		private String woonplaats = "";

		private List<String> werkgebied = new ArrayList<>();

		@Min(0)
		@Max(300)
		private int maxReisafstandKm = 25;

		@Min(0)
		@Max(40)
		private int urenPerWeek = 4;

		@NotNull
		private Sleutelpersoon.Dienstverband.@Nullable Vorm vorm = Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate vogDatum;

		@Size(max = 4000)
		private String trainingen = "";

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate start;

		@Size(max = 30)
		private String telefoon = "";

		@Size(max = 200)
		private String email = "";

		private long versie;

		public String getVoornaam() {
			return voornaam;
		}

		public void setVoornaam(String v) {
			voornaam = v;
		}

		public String getAchternaam() {
			return achternaam;
		}

		public void setAchternaam(String v) {
			achternaam = v;
		}

		public List<LanguageRow> getTalen() {
			return talen;
		}

		public void setTalen(List<LanguageRow> v) {
			talen = v;
		}

		public List<String> getGemeenschappen() {
			return gemeenschappen;
		}

		public void setGemeenschappen(List<String> v) {
			gemeenschappen = v;
		}

		public Set<Rol> getRollen() {
			return rollen;
		}

		public void setRollen(Set<Rol> v) {
			rollen = v;
		}

		public Set<Domein> getDomeinen() {
			return domeinen;
		}

		public void setDomeinen(Set<Domein> v) {
			domeinen = v;
		}

		public String getWoonplaats() {
			return woonplaats;
		}

		public void setWoonplaats(String v) {
			woonplaats = v;
		}

		public List<String> getWerkgebied() {
			return werkgebied;
		}

		public void setWerkgebied(List<String> v) {
			werkgebied = v;
		}

		public int getMaxReisafstandKm() {
			return maxReisafstandKm;
		}

		public void setMaxReisafstandKm(int v) {
			maxReisafstandKm = v;
		}

		public int getUrenPerWeek() {
			return urenPerWeek;
		}

		public void setUrenPerWeek(int v) {
			urenPerWeek = v;
		}

		public Sleutelpersoon.Dienstverband.@Nullable Vorm getVorm() {
			return vorm;
		}

		public void setVorm(Sleutelpersoon.Dienstverband.@Nullable Vorm v) {
			vorm = v;
		}

		public @Nullable LocalDate getVogDatum() {
			return vogDatum;
		}

		public void setVogDatum(@Nullable LocalDate v) {
			vogDatum = v;
		}

		public String getTrainingen() {
			return trainingen;
		}

		public void setTrainingen(String v) {
			trainingen = v == null ? "" : v;
		}

		public @Nullable LocalDate getStart() {
			return start;
		}

		public void setStart(@Nullable LocalDate v) {
			start = v;
		}

		public String getTelefoon() {
			return telefoon;
		}

		public void setTelefoon(String v) {
			telefoon = v == null ? "" : v;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String v) {
			email = v == null ? "" : v;
		}

		public long getVersie() {
			return versie;
		}

		public void setVersie(long v) {
			versie = v;
		}

		private static List<LanguageRow> rows(int filled) {
			List<LanguageRow> rows = new ArrayList<>();
			for (int i = 0; i < Math.max(filled + EMPTY_LANGUAGE_ROWS, 3); i++) {
				rows.add(new LanguageRow());
			}
			return rows;
		}

		static MemberForm of(Sleutelpersonen.PoolMember member) {
			Sleutelpersoon.Details d = member.sleutelpersoon().details();
			var form = new MemberForm();
			form.voornaam = d.voornaam();
			form.achternaam = d.achternaam();
			form.talen = rows(d.talen().size());
			for (int i = 0; i < d.talen().size(); i++) {
				form.talen.get(i).taal = d.talen().get(i).taal().value();
				form.talen.get(i).niveau = d.talen().get(i).niveau();
			}
			form.gemeenschappen = new ArrayList<>(d.gemeenschappen());
			form.rollen = d.rollen().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(d.rollen());
			form.domeinen = d.domeinen().isEmpty() ? EnumSet.noneOf(Domein.class) : EnumSet.copyOf(d.domeinen());
			form.woonplaats = d.woonplaats().value();
			form.werkgebied = d.werkgebied().stream().map(GemeenteCode::value).sorted().toList();
			form.maxReisafstandKm = d.maxReisafstandKm();
			form.urenPerWeek = d.urenPerWeek();
			form.vorm = d.vorm();
			form.vogDatum = d.vogDatum();
			form.trainingen = String.join("\n", d.trainingen());
			form.start = d.start();
			form.telefoon = d.contact().telefoon();
			form.email = d.contact().email();
			form.versie = member.versie();
			return form;
		}

		/**
		 * The details entered; a language without a level is an error of its row, an
		 * empty row no entry.
		 */
		Sleutelpersoon.@Nullable Details details(BindingResult errors) {
			List<Sleutelpersoon.Taal> languages = new ArrayList<>();
			for (int i = 0; i < talen.size(); i++) {
				LanguageRow row = talen.get(i);
				if (row == null || row.taal.isBlank()) {
					continue;
				}
				if (row.niveau == null) {
					errors.rejectValue("talen[" + i + "].niveau", "profile.level.missing");
					continue;
				}
				languages.add(new Sleutelpersoon.Taal(new TaalCode(row.taal), row.niveau));
			}
			if (errors.hasErrors()) {
				return null;
			}
			Set<GemeenteCode> area = new LinkedHashSet<>();
			werkgebied.stream().filter(c -> !c.isBlank()).forEach(c -> area.add(new GemeenteCode(c)));
			List<String> training = trainingen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			return new Sleutelpersoon.Details(voornaam, achternaam, languages, Set.copyOf(gemeenschappen), rollen,
					domeinen, new GemeenteCode(woonplaats), area, maxReisafstandKm, urenPerWeek, vorm, vogDatum,
					training, start, new Sleutelpersoon.Contact(telefoon, email));
		}

	}

	/** Leaving the pool: from which day, and why. */
	public static class LeaveForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate einde;

		@NotBlank
		@Size(max = 500)
		private String reden = "";

		public @Nullable LocalDate getEinde() {
			return einde;
		}

		public void setEinde(@Nullable LocalDate v) {
			einde = v;
		}

		public String getReden() {
			return reden;
		}

		public void setReden(String v) {
			reden = v;
		}

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
