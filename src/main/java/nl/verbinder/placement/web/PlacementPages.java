package nl.verbinder.placement.web;

import nl.verbinder.shell.FormSubmission;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.ImportRefused;
import nl.verbinder.placement.Plaatsing;
import nl.verbinder.placement.PlacementImport;
import java.nio.charset.StandardCharsets;
import nl.verbinder.placement.optimiser.Taakstelling;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.reference.GemeenteShapes;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planner's pages: runs and a form to build one with its weights, a run with its
 * progress, figures, map and tables, each household's explanation, publishing, and a new
 * run on a published one.
 */
@Controller
class PlacementPages {

	private final Plaatsing plaatsing;

	private final ReferenceData reference;

	private final GemeenteShapes shapes;

	private final PlacementImport imports;

	PlacementPages(Plaatsing plaatsing, ReferenceData reference, GemeenteShapes shapes, PlacementImport imports) {
		this.plaatsing = plaatsing;
		this.imports = imports;
		this.reference = reference;
		this.shapes = shapes;
	}

	@GetMapping("/plaatsing")
	String runs(Model model) {
		return runsPage(model, Map.of(), null);
	}

	@PostMapping("/plaatsing")
	String generate(@RequestParam MultiValueMap<String, String> form, Model model) {
		var input = form.toSingleValueMap();
		try {
			String total = input.getOrDefault("totaal", "").strip();
			var run = plaatsing.generate(number(input, "huishoudens", "placement.new.households"),
					number(input, "seed", "placement.new.seed"), weights(input),
					total.isEmpty() ? null : number(input, "totaal", "placement.new.total"),
					input.getOrDefault("marge", "").isBlank() ? 3 : number(input, "marge", "placement.new.tolerance"));
			return "redirect:/plaatsing/" + run.id();
		}
		catch (IllegalArgumentException e) {
			return runsPage(model, input, RuleViolation.reason(e));
		}
	}

	/**
	 * A run from a file: households with their attributes ({@code vorm=RUN}, "Runs with
	 * attributes"), an instance in the command line's format ({@code INSTANTIE}) or a CSV
	 * file of households ({@code CSV}); see docs/placement-instance-format.md. A refusal
	 * names every problem with its row; nothing of a refused file is kept.
	 */
	@PostMapping("/plaatsing/import")
	String importRun(@RequestParam("bestand") MultipartFile file, @RequestParam(defaultValue = "RUN") String vorm,
			@RequestParam(required = false) @Nullable String periode, Model model) {
		try {
			UUID run = switch (vorm) {
				case "INSTANTIE" -> imports.instance(new String(file.getBytes(), StandardCharsets.UTF_8)).id();
				case "CSV" -> imports.households(new String(file.getBytes(), StandardCharsets.UTF_8), periode).id();
				default -> withAttributes(file);
			};
			return "redirect:/plaatsing/" + run;
		}
		catch (ImportRefused e) {
			model.addAttribute("importProblems", e.problems());
			return runsPage(model, Map.of("vorm", vorm), RuleViolation.reason(e));
		}
		catch (IllegalArgumentException e) {
			return runsPage(model, Map.of("vorm", vorm), RuleViolation.reason(e));
		}
		catch (JacksonException e) {
			// Where the parser stopped, not its English message.
			var where = e.getLocation();
			return runsPage(model, Map.of(), where == null || where.getLineNr() < 1
					? RuleViolation.name("rule.placement.import-json")
					: RuleViolation.name("rule.placement.import-json-at", where.getLineNr(), where.getColumnNr()));
		}
		catch (IOException e) {
			return runsPage(model, Map.of(), RuleViolation.name("rule.placement.import-unreadable"));
		}
	}

	private UUID withAttributes(MultipartFile file) throws IOException {
		var request = json.readValue(file.getBytes(), PlacementApi.ImportRequest.class);
		if (request.periode() == null || request.huishoudens() == null || request.context() == null) {
			throw new RuleViolation("rule.placement.import-incomplete");
		}
		return plaatsing.importRun(request.periode(), request.huishoudens(), request.context(),
				request.taakstellingen(), request.gewichten() == null || request.gewichten().isEmpty()
						? FitModel.Weights.DEFAULT : new FitModel.Weights(request.gewichten()))
			.id();
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private String runsPage(Model model, Map<String, String> input, @Nullable MessageSourceResolvable error) {
		model.addAttribute("runs", plaatsing.runs());
		model.addAttribute("components", FitModel.Component.values());
		model.addAttribute("input", input);
		model.addAttribute("importForms", List.of("RUN", "INSTANTIE", "CSV"));
		model.addAttribute("error", error);
		return "placement/runs";
	}

	@GetMapping("/plaatsing/{id}")
	String run(@PathVariable UUID id, Model model) {
		var run = plaatsing.run(id);
		model.addAttribute("run", run);
		model.addAttribute("progress", plaatsing.progress(id));
		model.addAttribute("components", FitModel.Component.values());
		Map<String, String> names = PlacementView.municipalityNames(reference);
		model.addAttribute("names", names);
		model.addAttribute("quotas",
				run.taakstellingen()
					.stream()
					.sorted(Comparator.comparing((Taakstelling t) -> names.getOrDefault(t.code(), t.code())))
					.toList());
		Map<String, String> regions = PlacementView.regionNames(reference);
		model.addAttribute("regions", regions);
		if (run.resultaat() != null) {
			List<PlacementView.Row> rows = new ArrayList<>();
			List<PlacementView.MapArea> areas = new ArrayList<>();
			Map<String, PlacementView.ArbeidsmarktregioRow> byRegion = new java.util.TreeMap<>();
			for (var t : run.resultaat().totals()) {
				String naam = names.getOrDefault(t.code(), t.code());
				String regio = regions.getOrDefault(t.code(), "");
				rows.add(new PlacementView.Row(t.code(), naam, regio, t.target(), t.capacity(), t.placed(),
						t.carryOverNext()));
				byRegion.merge(regio,
						new PlacementView.ArbeidsmarktregioRow(regio, t.target(), t.capacity(), t.placed()),
						(a, b) -> new PlacementView.ArbeidsmarktregioRow(regio, a.target() + b.target(),
								a.capacity() + b.capacity(), a.placed() + b.placed()));
				int bucket = t.placed() == 0 ? 0 : t.target() <= 0 ? 4 : t.placed() < 0.5 * t.target() ? 1
						: t.placed() < 0.9 * t.target() ? 2 : t.placed() <= t.capacity() ? 3 : 4;
				areas.add(new PlacementView.MapArea(t.code(), shapes.path(t.code()), bucket,
						naam + ": " + t.placed() + " / " + t.target()));
			}
			rows.sort(Comparator.comparing(PlacementView.Row::naam));
			model.addAttribute("rows", rows);
			model.addAttribute("regionRows", List.copyOf(byRegion.values()));
			model.addAttribute("areas", areas);
			model.addAttribute("viewBox", shapes.viewBox());
			model.addAttribute("assignments", run.resultaat().assignments().stream().limit(200).toList());
		}
		return "placement/run";
	}

	/** The progress bar, polled by htmx; a finished run makes the page reload itself. */
	@GetMapping("/plaatsing/{id}/voortgang")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var progress = plaatsing.progress(id);
		if (progress.percent() >= 100) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", plaatsing.run(id));
		model.addAttribute("progress", progress);
		return "placement/run :: progress";
	}

	@PostMapping("/plaatsing/{id}/taakstelling")
	String quota(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		var input = form.toSingleValueMap();
		return FormSubmission.step(redirect, "redirect:/plaatsing/" + id, () -> {
			plaatsing.setQuota(id,
					new Taakstelling(input.getOrDefault("gemeente", ""),
							number(input, "quota", "placement.municipality.target"),
							number(input, "filled", "placement.quota.filled"),
							number(input, "tolerance", "placement.new.tolerance"), 0));
			redirect.addFlashAttribute("quotaSaved", true);
			return "redirect:/plaatsing/" + id;
		});
	}

	@PostMapping("/plaatsing/{id}/start")
	String start(@PathVariable UUID id, @RequestParam(defaultValue = "1") long seed) {
		plaatsing.start(id, seed);
		return "redirect:/plaatsing/" + id;
	}

	@PostMapping("/plaatsing/{id}/publicatie")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		return FormSubmission.step(redirect, "redirect:/plaatsing/" + id, "placement.published",
				() -> redirect.addFlashAttribute("registered", plaatsing.publish(id)));
	}

	@PostMapping("/plaatsing/{id}/herhaling")
	String rerun(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return FormSubmission.step(redirect, "redirect:/plaatsing/" + id,
				() -> "redirect:/plaatsing/" + plaatsing.rerun(id, weights(form.toSingleValueMap())).id());
	}

	@GetMapping("/plaatsing/{id}/huishoudens/{household}")
	String explanation(@PathVariable UUID id, @PathVariable String household, Model model) {
		var explanation = plaatsing.explain(id, household);
		Map<String, String> names = PlacementView.municipalityNames(reference);
		model.addAttribute("run", plaatsing.run(id));
		model.addAttribute("e", explanation);
		model.addAttribute("names", names);
		model.addAttribute("components", FitModel.Component.values());
		model.addAttribute("ages",
				explanation.kandidaat()
					.leden()
					.stream()
					.map(l -> Period.between(l.geboortedatum(), LocalDate.now()).getYears())
					.toList());
		return "placement/explanation";
	}

	private static FitModel.Weights weights(Map<String, String> input) {
		Map<FitModel.Component, Integer> values = new EnumMap<>(FitModel.Component.class);
		for (FitModel.Component c : FitModel.Component.values()) {
			String v = input.get("w-" + c.name());
			if (v != null && !v.isBlank()) {
				values.put(c, number(input, "w-" + c.name(), "placement.component." + c.name()));
			}
		}
		return new FitModel.Weights(values);
	}

	/**
	 * A whole number from a form field; {@code label} is the key of the field's label,
	 * for the message.
	 */
	private static int number(Map<String, String> input, String name, String label) {
		try {
			return Integer.parseInt(input.getOrDefault(name, "").strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("rule.form.whole-number", RuleViolation.name(label));
		}
	}

}
