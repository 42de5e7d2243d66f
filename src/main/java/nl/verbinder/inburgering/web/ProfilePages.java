package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.PersonProfile;
import nl.verbinder.inburgering.ProfileView;
import nl.verbinder.inburgering.Profiles;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	private final MemberPage memberPage;

	private final Profiles profiles;

	private final ReferenceData reference;

	ProfilePages(Inburgering inburgering, Profiles profiles, ReferenceData reference) {
		this.memberPage = new MemberPage(inburgering, "profiel", "profile.invalid");
		this.profiles = profiles;
		this.reference = reference;
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
		// null only when the form has errors, and then nothing is recorded
		PersonProfile.Content content = errors.hasErrors() ? null : toContent(form, errors);
		return memberPage.record(id, personId, errors, redirect, "saved",
				person -> profiles.revise(person, form.getVersie(), content, locale), () -> {
					form.withEmptyRows();
					return render(id, personId, model, locale);
				});
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
		memberPage.show(id, personId, model);
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
