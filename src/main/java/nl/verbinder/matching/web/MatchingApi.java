package nl.verbinder.matching.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.matching.Kans;
import nl.verbinder.matching.Matching;
import nl.verbinder.matching.TalentMatching;
import nl.verbinder.matching.Voorkeur;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opportunities, preferences, ranked opportunities and candidates, and referrals to an
 * opportunity, under {@code /api/v1}.
 */
@RestController
@RequestMapping("/api/v1")
class MatchingApi {

	private final Matching matching;

	MatchingApi(Matching matching) {
		this.matching = matching;
	}

	record KansResource(UUID id, Kans.Soort soort, UUID organisatieId, String organisatie, String titel,
			String gemeente, int urenPerWeek, Set<DayOfWeek> dagen, int plaatsen, LanguageLevel nederlands,
			String beroep, String beroepNaam, List<String> orientatie, Set<String> tags, String biedt) {

		static KansResource of(Matching.KansView v) {
			Kans k = v.kans();
			return new KansResource(k.id(), k.soort(), k.organisationId(), v.organisatie(), k.title(),
					k.location().value(), k.hoursPerWeek(), k.days(), k.capacity(), k.requiredDutch(), k.occupation(),
					v.beroep(), k.orientation(), k.tags(), k.offers());
		}
	}

	record KansRequest(@NotNull Kans.Soort soort, @NotNull UUID organisatieId,
			@NotBlank @Size(min = 3, max = 200) String titel, @NotNull @Pattern(regexp = "GM\\d{4}") String gemeente,
			@Min(1) @Max(40) int urenPerWeek, Set<DayOfWeek> dagen, @Min(1) @Max(1000) int plaatsen,
			@NotNull LanguageLevel nederlands, String beroep, List<String> orientatie, Set<@Size(max = 40) String> tags,
			@Size(max = 2000) String biedt) {
	}

	record PreferenceRequest(@NotNull @PositiveOrZero Long versie, Set<@Size(max = 40) String> interesses,
			@Min(1) @Max(60) int urenPerWeek, Set<DayOfWeek> dagen, @Min(0) @Max(200) int reisafstandKm) {
	}

	record TalentResource(UUID persoonId, int isced, List<String> beroepen, LanguageLevel nederlands, Voorkeur voorkeur,
			boolean vastgelegd, long versie) {

		static TalentResource of(Matching.TalentView v) {
			return new TalentResource(v.background().personId(), v.background().isced(), v.background().occupations(),
					v.background().nederlands(), v.voorkeur(), v.recorded(), v.versie());
		}
	}

	/**
	 * One reason: its component, the points it added, and its details (the reason's own
	 * fields).
	 */
	record ReasonResource(TalentMatching.Component component, double punten, TalentMatching.Reason detail) {

		static List<ReasonResource> of(List<TalentMatching.Reason> reasons) {
			return reasons.stream().map(r -> new ReasonResource(r.component(), r.points(), r)).toList();
		}
	}

	record MatchResource(KansResource kans, double score, List<ReasonResource> redenen, boolean onderbenut,
			KansResource duaalTraject) {
	}

	record CandidateResource(UUID persoonId, UUID huishoudenId, String naam, String gemeente, double score,
			List<ReasonResource> redenen, boolean onderbenut) {
	}

	@GetMapping("/kansen")
	Paged<KansResource> kansen(Locale locale,
			@Sorting(value = { "titel", "soort", "gemeente" }, byDefault = "by kind, then title") Paging paging) {
		return matching.kansen(paging, locale).map(KansResource::of);
	}

	@GetMapping("/kansen/{kans}")
	KansResource kans(@PathVariable UUID kans, Locale locale) {
		return KansResource.of(matching.kans(kans, locale));
	}

	@PostMapping("/kansen")
	ResponseEntity<KansResource> register(@Valid @RequestBody KansRequest r, Locale locale) {
		var kans = matching.register(new Matching.NewKans(r.soort(), r.organisatieId(), r.titel(),
				new GemeenteCode(r.gemeente()), r.urenPerWeek(), r.dagen(), r.plaatsen(), r.nederlands(), r.beroep(),
				r.orientatie(), r.tags(), r.biedt()), locale);
		return ResponseEntity.created(URI.create("/api/v1/kansen/" + kans.kans().id())).body(KansResource.of(kans));
	}

	@GetMapping("/kansen/{kans}/kandidaten")
	Paged<CandidateResource> candidates(@PathVariable UUID kans,
			@Sorting(value = { "score", "naam", "gemeente" }, byDefault = "best first") Paging paging) {
		return matching.candidatesFor(kans, paging)
			.map(c -> new CandidateResource(c.match().talent().personId(), c.householdId(), c.naam(), c.gemeente(),
					c.match().score(), ReasonResource.of(c.match().reasons()), c.match().underemployment()));
	}

	@GetMapping("/personen/{personId}/talent")
	TalentResource talent(@PathVariable UUID personId) {
		return TalentResource.of(matching.talent(personId));
	}

	@PostMapping("/personen/{personId}/talent")
	TalentResource savePreferences(@PathVariable UUID personId, @Valid @RequestBody PreferenceRequest r) {
		return TalentResource.of(matching.savePreferences(personId, r.versie(),
				new Voorkeur(r.interesses() == null ? Set.of() : r.interesses(), r.urenPerWeek(),
						r.dagen() == null ? Set.of() : r.dagen(), r.reisafstandKm())));
	}

	@GetMapping("/personen/{personId}/kansen")
	Paged<MatchResource> opportunities(@PathVariable UUID personId, Locale locale,
			@Sorting(value = { "score", "titel" }, byDefault = "best first") Paging paging) {
		return matching.opportunitiesFor(personId, paging, locale)
			.map(m -> new MatchResource(KansResource.of(m.kans()), m.match().score(),
					ReasonResource.of(m.match().reasons()), m.match().underemployment(),
					m.duaal() == null ? null : KansResource.of(m.duaal())));
	}

	@PostMapping("/personen/{personId}/kansen/{kans}/doorverwijzing")
	ResponseEntity<Void> refer(@PathVariable UUID personId, @PathVariable UUID kans, Locale locale) {
		var referral = matching.refer(personId, kans, locale);
		return ResponseEntity
			.created(URI.create("/api/v1/huishoudens/" + referral.doorverwijzing().householdId() + "/samenwerking"))
			.build();
	}

}
