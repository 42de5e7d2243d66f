package nl.verbinder.portal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What newcomers say of the organisations, for staff programs: the same summaries as the
 * page, never a single rating or who gave it.
 */
@RestController
class RatingApi {

	private final Ratings ratings;

	private final ActivityRatings activityRatings;

	RatingApi(Ratings ratings, ActivityRatings activityRatings) {
		this.ratings = ratings;
		this.activityRatings = activityRatings;
	}

	@GetMapping("/api/v1/beoordelingen")
	Ratings.Overview overview() {
		return ratings.overview();
	}

	/**
	 * What newcomers say of the activities of their plans, per activity and per provider,
	 * for staff with aggregate figures.
	 */
	@GetMapping("/api/v1/beoordelingen/activiteiten")
	ActivityRatings.Overview activities() {
		return activityRatings.overview();
	}

}
