package nl.verbinder.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What newcomers say of the organisations, for staff: a partner worker sees their own
 * organisation's summary, staff with aggregate figures every organisation's, each only
 * when at least five answers are behind it.
 */
@Controller
class RatingPages {

	private final Ratings ratings;

	RatingPages(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping("/beoordelingen")
	String overview(Model model) {
		model.addAttribute("overview", ratings.overview());
		model.addAttribute("minAnswers", RatingSummary.MIN_ANSWERS);
		return "portal/rating-summaries";
	}

}
