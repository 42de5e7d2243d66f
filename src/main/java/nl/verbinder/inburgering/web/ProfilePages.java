package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.PersonProfile;
import nl.verbinder.inburgering.ProfileView;
import nl.verbinder.inburgering.Profiles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.reference.Occupation;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.LinkedHashSet;
import java.util.Optional;
import nl.verbinder.reference.Taal;

/**
 * The profile page of a person: languages, education, work history, talents and wishes,
 * edited as one form. Each list shows its entries plus empty rows for new ones; a row
 * left empty is no entry, so emptying a row removes it. The form carries the version it
 * was made on; a stale one is a conflict.
 */
@Controller
class ProfilePages {

	static final int EMPTY_ROWS = 2;

	private final Inburgering inburgering;

	private final Profiles profiles;

	private final ReferenceData reference;

	ProfilePages(Inburgering inburgering, Profiles profiles, ReferenceData reference) {
		this.inburgering = inburgering;
		this.profiles = profiles;
		this.reference = reference;
	}

	public static class SkillRow {

		private String taal = "";

		private String niveau = "";

		public String getTaal() {
			return taal;
		}

		public void setTaal(String v) {
			taal = v;
		}

		public String getNiveau() {
			return niveau;
		}

		public void setNiveau(String v) {
			niveau = v;
		}

		boolean blank() {
			return taal.isBlank() && niveau.isBlank();
		}

	}

	public static class EducationRow {

		private String niveau = "";

		@Size(max = 200)
		private String richting = "";

		private String land = "";

		@Min(1900)
		@Max(2100)
		private Integer totJaar;

		private boolean diploma;

		public String getNiveau() {
			return niveau;
		}

		public void setNiveau(String v) {
			niveau = v;
		}

		public String getRichting() {
			return richting;
		}

		public void setRichting(String v) {
			richting = v;
		}

		public String getLand() {
			return land;
		}

		public void setLand(String v) {
			land = v;
		}

		public Integer getTotJaar() {
			return totJaar;
		}

		public void setTotJaar(Integer v) {
			totJaar = v;
		}

		public boolean isDiploma() {
			return diploma;
		}

		public void setDiploma(boolean v) {
			diploma = v;
		}

		boolean blank() {
			return niveau.isBlank() && richting.isBlank() && land.isBlank() && totJaar == null;
		}

	}

	public static class WorkRow {

		@Size(max = 200)
		private String functie = "";

		@Size(max = 300)
		private String beroep = "";

		@Size(max = 200)
		private String escoUri = "";

		private String land = "";

		@Min(1900)
		@Max(2100)
		private Integer vanJaar;

		@Min(1900)
		@Max(2100)
		private Integer totJaar;

		public String getFunctie() {
			return functie;
		}

		public void setFunctie(String v) {
			functie = v;
		}

		public String getBeroep() {
			return beroep;
		}

		public void setBeroep(String v) {
			beroep = v;
		}

		public String getEscoUri() {
			return escoUri;
		}

		public void setEscoUri(String v) {
			escoUri = v;
		}

		public String getLand() {
			return land;
		}

		public void setLand(String v) {
			land = v;
		}

		public Integer getVanJaar() {
			return vanJaar;
		}

		public void setVanJaar(Integer v) {
			vanJaar = v;
		}

		public Integer getTotJaar() {
			return totJaar;
		}

		public void setTotJaar(Integer v) {
			totJaar = v;
		}

		boolean blank() {
			return functie.isBlank() && beroep.isBlank() && land.isBlank() && vanJaar == null && totJaar == null;
		}

	}

	public static class ProfileForm {

		private long versie;

		private List<@Valid SkillRow> talen = new ArrayList<>();

		private List<@Valid EducationRow> opleidingen = new ArrayList<>();

		private List<@Valid WorkRow> werkervaring = new ArrayList<>();

		@Size(max = PersonProfile.MAX_TEXT)
		private String talenten = "";

		@Size(max = PersonProfile.MAX_TEXT)
		private String wensen = "";

		public long getVersie() {
			return versie;
		}

		public void setVersie(long v) {
			versie = v;
		}

		public List<SkillRow> getTalen() {
			return talen;
		}

		public void setTalen(List<SkillRow> v) {
			talen = v;
		}

		public List<EducationRow> getOpleidingen() {
			return opleidingen;
		}

		public void setOpleidingen(List<EducationRow> v) {
			opleidingen = v;
		}

		public List<WorkRow> getWerkervaring() {
			return werkervaring;
		}

		public void setWerkervaring(List<WorkRow> v) {
			werkervaring = v;
		}

		public String getTalenten() {
			return talenten;
		}

		public void setTalenten(String v) {
			talenten = v;
		}

		public String getWensen() {
			return wensen;
		}

		public void setWensen(String v) {
			wensen = v;
		}

		static ProfileForm of(ProfileView view) {
			var form = new ProfileForm();
			form.versie = view.versie();
			view.talen().forEach(t -> {
				var row = new SkillRow();
				row.taal = t.taal();
				row.niveau = t.niveau().name();
				form.talen.add(row);
			});
			view.opleidingen().forEach(e -> {
				var row = new EducationRow();
				row.niveau = e.niveau().name();
				row.richting = e.richting();
				row.land = e.land() == null ? "" : e.land();
				row.totJaar = e.totJaar();
				row.diploma = e.diploma();
				form.opleidingen.add(row);
			});
			view.werkervaring().forEach(w -> {
				var row = new WorkRow();
				row.functie = w.functie();
				row.beroep = w.beroep() == null ? "" : w.beroep();
				row.escoUri = w.escoUri() == null ? "" : w.escoUri();
				row.land = w.land() == null ? "" : w.land();
				row.vanJaar = w.vanJaar();
				row.totJaar = w.totJaar();
				form.werkervaring.add(row);
			});
			form.talenten = view.talenten();
			form.wensen = view.wensen();
			return form;
		}

		/** Adds empty rows to fill in, so the form can take new entries. */
		ProfileForm withEmptyRows() {
			talen.removeIf(SkillRow::blank);
			opleidingen.removeIf(EducationRow::blank);
			werkervaring.removeIf(WorkRow::blank);
			for (int i = 0; i < EMPTY_ROWS; i++) {
				talen.add(new SkillRow());
				opleidingen.add(new EducationRow());
				werkervaring.add(new WorkRow());
			}
			return this;
		}

	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/profiel")
	String page(@PathVariable String id, @PathVariable String personId, Model model, Locale locale) {
		ProfileView profile = profiles.profile(IntakeApi.uuid(personId), locale);
		model.addAttribute("form", ProfileForm.of(profile).withEmptyRows());
		return render(id, personId, model, locale);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/profiel")
	String revise(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID person = IntakeApi.uuid(personId);
		PersonProfile.Content content = errors.hasErrors() ? null : toContent(form, errors);
		if (content != null && !errors.hasErrors()) {
			try {
				profiles.revise(person, form.getVersie(), content, locale);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/huishoudens/" + id + "/leden/" + personId + "/profiel";
			}
			catch (IllegalArgumentException e) {
				errors.reject("profile.invalid", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		form.withEmptyRows();
		return render(id, personId, model, locale);
	}

	/** The content the form describes; unknown choices become field errors. */
	private PersonProfile.Content toContent(ProfileForm form, BindingResult errors) {
		List<PersonProfile.LanguageSkill> talen = new ArrayList<>();
		for (int i = 0; i < form.talen.size(); i++) {
			SkillRow row = form.talen.get(i);
			if (row.blank()) {
				continue;
			}
			var level = level(LanguageLevel.class, row.niveau);
			if (knownTaal(row.taal).isEmpty()) {
				errors.rejectValue("talen[" + i + "].taal", "profile.language.unknown");
			}
			else if (level == null) {
				errors.rejectValue("talen[" + i + "].niveau", "profile.level.missing");
			}
			else {
				talen.add(new PersonProfile.LanguageSkill(new TaalCode(row.taal.strip()), level));
			}
		}
		List<PersonProfile.Education> opleidingen = new ArrayList<>();
		for (int i = 0; i < form.opleidingen.size(); i++) {
			EducationRow row = form.opleidingen.get(i);
			if (row.blank()) {
				continue;
			}
			var level = level(PersonProfile.EducationLevel.class, row.niveau);
			if (level == null) {
				errors.rejectValue("opleidingen[" + i + "].niveau", "profile.level.missing");
			}
			else {
				opleidingen.add(new PersonProfile.Education(level, row.richting, row.land, row.totJaar, row.diploma));
			}
		}
		List<PersonProfile.WorkExperience> werk = new ArrayList<>();
		for (int i = 0; i < form.werkervaring.size(); i++) {
			WorkRow row = form.werkervaring.get(i);
			if (row.blank()) {
				continue;
			}
			String escoUri = null;
			if (!row.beroep.isBlank()) {
				List<Occupation> found = reference.occupationsByLabel(row.beroep.strip());
				if (found.isEmpty()) {
					errors.rejectValue("werkervaring[" + i + "].beroep", "profile.occupation.unknown");
					continue;
				}
				// The occupation chosen before stays when its label is still the one
				// shown (labels can be shared).
				escoUri = found.stream()
					.map(Occupation::escoUri)
					.filter(row.escoUri::equals)
					.findFirst()
					.orElse(found.getFirst().escoUri());
			}
			if (row.functie.isBlank()) {
				errors.rejectValue("werkervaring[" + i + "].functie", "profile.job.missing");
				continue;
			}
			werk.add(new PersonProfile.WorkExperience(row.functie, escoUri, row.land, row.vanJaar, row.totJaar));
		}
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return new PersonProfile.Content(talen, opleidingen, werk, form.talenten, form.wensen);
		}
		catch (IllegalArgumentException e) {
			errors.reject("profile.invalid", new Object[] { RuleViolation.reason(e) }, null);
			return null;
		}
	}

	private Optional<Taal> knownTaal(String code) {
		try {
			return code == null || code.isBlank() ? Optional.empty() : reference.taal(new TaalCode(code.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static <E extends Enum<E>> E level(Class<E> type, String name) {
		try {
			return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private String render(String id, String personId, Model model, Locale locale) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		model.addAttribute("household", household);
		model.addAttribute("member", household.member(IntakeApi.uuid(personId)));
		// The shortlist of newcomers' languages, plus any other language the profile
		// holds already.
		var talen = new LinkedHashSet<>(reference.newcomerTalen());
		((ProfileForm) model.getAttribute("form")).talen.stream()
			.filter(r -> !r.taal.isBlank())
			.forEach(r -> knownTaal(r.taal).ifPresent(talen::add));
		model.addAttribute("talen", talen);
		model.addAttribute("landen", reference.landen(locale));
		model.addAttribute("taalniveaus", LanguageLevel.values());
		model.addAttribute("opleidingsniveaus", PersonProfile.EducationLevel.values());
		return "inburgering/profile";
	}

}
