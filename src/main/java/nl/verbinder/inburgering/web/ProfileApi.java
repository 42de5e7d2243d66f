package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.PersonProfile;
import nl.verbinder.inburgering.ProfileView;
import nl.verbinder.inburgering.Profiles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's background under {@code /api/v1/personen/{personId}/profiel}: read it, or
 * replace it whole.
 */
@RestController
@RequestMapping("/api/v1/personen/{personId}/profiel")
class ProfileApi {

	private final Profiles profiles;

	ProfileApi(Profiles profiles) {
		this.profiles = profiles;
	}

	record SkillRequest(@NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*") String taal,
			@NotNull LanguageLevel niveau) {
	}

	record EducationRequest(@NotNull PersonProfile.EducationLevel niveau, @Size(max = 200) String richting,
			@Pattern(regexp = "[A-Za-z]{2}") String land, @Min(1900) @Max(2100) Integer totJaar, boolean diploma) {
	}

	record WorkRequest(@NotBlank @Size(max = 200) String functie, @Size(max = 200) String escoUri,
			@Pattern(regexp = "[A-Za-z]{2}") String land, @Min(1900) @Max(2100) Integer vanJaar,
			@Min(1900) @Max(2100) Integer totJaar) {
	}

	record ProfileRequest(@NotNull @PositiveOrZero Long versie,
			@Size(max = 30) List<@Valid @NotNull SkillRequest> talen,
			@Size(max = 30) List<@Valid @NotNull EducationRequest> opleidingen,
			@Size(max = 30) List<@Valid @NotNull WorkRequest> werkervaring, @Size(max = 4000) String talenten,
			@Size(max = 4000) String wensen) {

		PersonProfile.Content toContent() {
			return new PersonProfile.Content(
					talen == null ? List.of()
							: talen.stream()
								.map(t -> new PersonProfile.LanguageSkill(new TaalCode(t.taal()), t.niveau()))
								.toList(),
					opleidingen == null ? List.of()
							: opleidingen.stream()
								.map(e -> new PersonProfile.Education(e.niveau(), e.richting(), e.land(), e.totJaar(),
										e.diploma()))
								.toList(),
					werkervaring == null ? List.of()
							: werkervaring.stream()
								.map(w -> new PersonProfile.WorkExperience(w.functie(), w.escoUri(), w.land(),
										w.vanJaar(), w.totJaar()))
								.toList(),
					talenten, wensen);
		}
	}

	@GetMapping
	ProfileView profile(@PathVariable String personId, Locale locale) {
		return profiles.profile(IntakeApi.uuid(personId), locale);
	}

	@PostMapping
	ProfileView revise(@PathVariable String personId, @Valid @RequestBody ProfileRequest request, Locale locale) {
		return profiles.revise(IntakeApi.uuid(personId), request.versie(), request.toContent(), locale);
	}

}
