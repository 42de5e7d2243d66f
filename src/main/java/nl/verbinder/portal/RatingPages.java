package nl.verbinder.portal;

import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What newcomers say of the organisations, for staff: a partner worker sees their own
 * organisation's summary, staff with aggregate figures every organisation's and the
 * summaries of the plans' activities and their providers, each only when at least five
 * answers are behind it.
 */
@Controller
class RatingPages {

	private final Ratings ratings;

	private final ActivityRatings activityRatings;

	private final AccessControl access;

	RatingPages(Ratings ratings, ActivityRatings activityRatings, AccessControl access) {
		this.ratings = ratings;
		this.activityRatings = activityRatings;
		this.access = access;
	}

	@GetMapping("/beoordelingen")
	String overview(Model model) {
		model.addAttribute("overview", ratings.overview());
		model.addAttribute("minAnswers", RatingSummary.MIN_ANSWERS);
		// The plans' activities only for staff with aggregate figures, never for a
		// partner.
		if (access.currentActor().role().may(Permission.AGGREGATES_READ)) {
			model.addAttribute("activities", activityRatings.overview());
		}
		return "portal/rating-summaries";
	}

}
