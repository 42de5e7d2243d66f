package nl.verbinder.inkoop.web;

import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inkoop.Trajectories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A household's purchased trajectories, for the household page (loaded into it by htmx).
 */
@Controller
class TrajectoryPages {

	private final Trajectories trajectories;

	TrajectoryPages(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	@GetMapping("/huishoudens/{id}/trajecten")
	String household(@PathVariable UUID id, Model model) {
		var t = trajectories.ofHousehold(new HouseholdId(id));
		model.addAttribute("t", t);
		model.addAttribute("names", t.namen());
		return "inkoop/trajectories :: trajectories";
	}

}
