package nl.verbinder.placement.web;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.placement.HalfYearWeek;
import nl.verbinder.placement.Plaatsing;
import nl.verbinder.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A run's households placed as this week's batch against the half year
 * ({@link HalfYearWeek}): every quota's progress in one table.
 */
@Controller
class PlacementWeekPages {

	private final HalfYearWeek weeks;

	private final Plaatsing plaatsing;

	private final ReferenceData reference;

	PlacementWeekPages(HalfYearWeek weeks, Plaatsing plaatsing, ReferenceData reference) {
		this.weeks = weeks;
		this.plaatsing = plaatsing;
		this.reference = reference;
	}

	@GetMapping("/plaatsing/{id}/week")
	String week(@PathVariable UUID id, Model model) {
		var run = plaatsing.run(id);
		var week = weeks.week(id);
		Map<String, String> names = PlacementView.municipalityNames(reference);
		Map<String, String> regions = PlacementView.regionNames(reference);
		model.addAttribute("run", run);
		model.addAttribute("week", week);
		model.addAttribute("progress", week.quotas()
			.stream()
			.map(q -> new PlacementView.Progress(names.getOrDefault(q.code(), q.code()),
					regions.getOrDefault(q.code(), ""), q.before(), q.thisWeek(), q.remaining(), q.low(), q.high()))
			.sorted(Comparator.comparing(PlacementView.Progress::naam))
			.toList());
		return "placement/week";
	}

}
