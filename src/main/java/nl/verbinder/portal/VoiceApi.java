package nl.verbinder.portal;

import java.util.Comparator;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.SelfAssessment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newcomer's voice for a future app, under {@code /api/v1/portaal}: wishes and
 * talents, self-assessment. Refusals are problem+json in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/portaal")
class VoiceApi {

	private final Wishes wishes;

	private final SelfAssessing selfAssessing;

	private final Ratings ratings;

	private final ActivityRatings activityRatings;

	VoiceApi(Wishes wishes, SelfAssessing selfAssessing, Ratings ratings, ActivityRatings activityRatings) {
		this.wishes = wishes;
		this.selfAssessing = selfAssessing;
		this.ratings = ratings;
		this.activityRatings = activityRatings;
	}

	record RatingRequest(@NotNull Integer geholpen, @NotNull Integer respect, @NotNull Integer begrepen,
			@NotNull Integer aanraden, @Nullable String toelichting) {
	}

	/** The organisations the newcomer can rate, with their ratings so far. */
	@GetMapping("/beoordelingen")
	Paged<Ratings.Rateable> ratings(
			@Sorting(value = { "beoordeeldOp" }, byDefault = "as the referrals came") Paging paging) {
		return paging.of("beoordelingen", ratings.mine(), Map.of("beoordeeldOp",
				Comparator.comparing(Ratings.Rateable::ratedOn, Comparator.nullsLast(Comparator.naturalOrder()))),
				(a, b) -> 0);
	}

	@PutMapping("/beoordelingen/{doorverwijzingId}")
	Ratings.Answers rate(@PathVariable UUID doorverwijzingId, @Valid @RequestBody RatingRequest r) {
		return ratings.rate(doorverwijzingId,
				new Ratings.Answers(r.geholpen(), r.respect(), r.begrepen(), r.aanraden(), r.toelichting()));
	}

	/** The activities of the plan in force the newcomer can rate, with their ratings. */
	@GetMapping("/beoordelingen/activiteiten")
	Paged<ActivityRatings.RateableActivity> activityRatings(
			@Sorting(value = { "start", "beoordeeldOp" }, byDefault = "as the plan lists them") Paging paging) {
		return paging.of("activiteiten", activityRatings.mine(), Map.of("start",
				Comparator.comparing(ActivityRatings.RateableActivity::start), "beoordeeldOp", Comparator.comparing(
						ActivityRatings.RateableActivity::ratedOn, Comparator.nullsLast(Comparator.naturalOrder()))),
				(a, b) -> 0);
	}

	@PutMapping("/beoordelingen/activiteiten/{activiteit}")
	Ratings.Answers rateActivity(@PathVariable UUID activiteit, @Valid @RequestBody RatingRequest r) {
		return activityRatings.rate(activiteit,
				new Ratings.Answers(r.geholpen(), r.respect(), r.begrepen(), r.aanraden(), r.toelichting()));
	}

	record SelfAssessmentRequest(@NotNull Map<Domein, Integer> scores) {
	}

	/** The newcomer's latest self-assessment; 204 when they gave none. */
	@GetMapping("/zelfbeoordeling")
	ResponseEntity<SelfAssessment> selfAssessment() {
		return selfAssessing.mine().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/zelfbeoordeling")
	ResponseEntity<SelfAssessment> giveSelfAssessment(@Valid @RequestBody SelfAssessmentRequest r) {
		return ResponseEntity.status(201).body(selfAssessing.give(r.scores()));
	}

	record WishesRequest(@Nullable String talenten, @Nullable String wensen, @Nullable Set<String> interesses,
			@NotNull Integer urenPerWeek, @Nullable Set<DayOfWeek> dagen, @NotNull @PositiveOrZero Long versie) {
	}

	@GetMapping("/wensen")
	Wishes.MyWishes wishes() {
		return wishes.mine();
	}

	@PutMapping("/wensen")
	Wishes.MyWishes changeWishes(@Valid @RequestBody WishesRequest r) {
		return wishes.change(new Wishes.Change(r.talenten(), r.wensen(), r.interesses(), r.urenPerWeek(), r.dagen()),
				r.versie());
	}

}
