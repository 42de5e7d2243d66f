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

	RatingApi(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping("/api/v1/beoordelingen")
	Ratings.Overview overview() {
		return ratings.overview();
	}

}
