package nl.verbinder.placement.web;

import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.placement.PlacementExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The run page's downloads: the run's instance and plan in the command line's format, to
 * reproduce the run with {@code placement solve} and check it with {@code placement
 * check}.
 */
@Controller
class PlacementDownloads {

	private final PlacementExport export;

	PlacementDownloads(PlacementExport export) {
		this.export = export;
	}

	@GetMapping("/plaatsing/{id}/instantie.json")
	ResponseEntity<String> instance(@PathVariable UUID id) {
		return PlacementApi.download(export.instance(id), "instantie-" + id + ".json");
	}

	@GetMapping("/plaatsing/{id}/plan.json")
	ResponseEntity<String> plan(@PathVariable UUID id) {
		return PlacementApi.download(
				export.plan(id).orElseThrow(() -> new NoSuchElementException("Run " + id + " has no plan yet")),
				"plan-" + id + ".json");
	}

}
