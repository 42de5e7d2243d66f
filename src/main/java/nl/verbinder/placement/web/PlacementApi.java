package nl.verbinder.placement.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Kandidaat;
import nl.verbinder.placement.Plaatsing;
import nl.verbinder.placement.RunMessage;
import nl.verbinder.placement.PlacementExport;
import nl.verbinder.placement.ImportRefused;
import nl.verbinder.placement.PlacementImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import nl.verbinder.placement.optimiser.Taakstelling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placement runs under {@code /api/v1/plaatsing}: build, solve, follow, explain, publish,
 * export (instance and plan in the command line's format) and import (an instance in that
 * format, or a CSV file of households).
 */
@RestController
@RequestMapping("/api/v1/plaatsing")
class PlacementApi {

	private final Plaatsing plaatsing;

	private final PlacementExport export;

	private final MessageSource messages;

	private final PlacementImport imports;

	PlacementApi(Plaatsing plaatsing, PlacementExport export, MessageSource messages, PlacementImport imports) {
		this.plaatsing = plaatsing;
		this.imports = imports;
		this.export = export;
		this.messages = messages;
	}

	/**
	 * {@code landelijkTotaal}: quotas from this national total in persons (default 102 %
	 * of the run's persons).
	 */
	record RunRequest(@Min(1) @Max(50_000) int huishoudens, long seed, Map<FitModel.Component, Integer> gewichten,
			Integer landelijkTotaal, @Min(0) @Max(50) Integer marge) {
	}

	record WeightsRequest(Map<FitModel.Component, Integer> gewichten) {
	}

	record StartRequest(long seed) {
	}

	record ImportRequest(String periode, List<Kandidaat> huishoudens, FitModel.Context context,
			List<Taakstelling> taakstellingen, Map<FitModel.Component, Integer> gewichten) {
	}

	record Published(int geregistreerd) {
	}

	/**
	 * A run with why it failed, if it did: in the caller's language ({@code bericht}) and
	 * as its key.
	 */
	record RunResource(@JsonUnwrapped Plaatsing.RunView run, @Nullable String bericht, @Nullable String berichtCode) {
	}

	/** A run in the list, with why it failed as {@link RunResource} says it. */
	record RunSummaryResource(@JsonUnwrapped Plaatsing.RunSummary run, @Nullable String bericht,
			@Nullable String berichtCode) {
	}

	@GetMapping("/runs")
	Paged<RunSummaryResource> runs(Locale locale,
			@Sorting(value = { "aangemaaktOp", "periode", "status" }, byDefault = "newest first") Paging paging) {
		return plaatsing.runs(paging)
			.map(r -> new RunSummaryResource(r, said(r.bericht(), locale),
					r.bericht() == null ? null : r.bericht().code()));
	}

	@PostMapping("/runs")
	ResponseEntity<RunResource> generate(@Valid @RequestBody RunRequest r, Locale locale) {
		var run = plaatsing.generate(r.huishoudens(), r.seed(), weights(r.gewichten()), r.landelijkTotaal(),
				r.marge() == null ? 3 : r.marge());
		return ResponseEntity.created(URI.create("/api/v1/plaatsing/runs/" + run.id())).body(resource(run, locale));
	}

	/**
	 * A run on the planner's own households and context (real figures instead of
	 * generated ones).
	 */
	@PostMapping("/runs/import")
	ResponseEntity<RunResource> importRun(@RequestBody ImportRequest r, Locale locale) {
		if (r.periode() == null || r.huishoudens() == null || r.context() == null) {
			throw new RuleViolation("rule.placement.import-incomplete");
		}
		var run = plaatsing.importRun(r.periode(), r.huishoudens(), r.context(), r.taakstellingen(),
				weights(r.gewichten()));
		return ResponseEntity.created(URI.create("/api/v1/plaatsing/runs/" + run.id())).body(resource(run, locale));
	}

	/**
	 * A run on an instance in the command line's format (as {@code …/instantie} exports
	 * it).
	 */
	@PostMapping(path = "/runs/instantie", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunResource> importInstance(@RequestBody String instance, Locale locale) {
		return created(imports.instance(instance), locale);
	}

	/**
	 * A run on a CSV file of households (docs/placement-instance-format.md, "Households
	 * as CSV") with the period's quotas by population.
	 */
	@PostMapping(path = "/runs/huishoudens", consumes = "text/csv")
	ResponseEntity<RunResource> importHouseholds(@RequestBody String csv,
			@RequestParam(required = false) @Nullable String periode, Locale locale) {
		return created(imports.households(csv, periode), locale);
	}

	/**
	 * A refused file as problem+json: every problem in {@code invalidParams}, each with
	 * where it is ({@code name}: {@code rij 3}, {@code households[2]}), its message key
	 * and the reason in the caller's language.
	 */
	@ExceptionHandler(ImportRefused.class)
	ResponseEntity<ProblemDetail> refused(ImportRefused e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e, locale));
		problem.setTitle(messages.getMessage("problem.invalid-input", null, locale));
		problem.setProperty("code", e.code());
		problem.setProperty("invalidParams",
				e.problems()
					.stream()
					.map(p -> new InvalidParam(name(p), p.what().getCodes()[0], p.number(),
							messages.getMessage(p.what(), locale)))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** One problem of a refused file; {@code nummer} counts from 1 (0: the file). */
	record InvalidParam(String name, String code, int nummer, String reason) {
	}

	private static String name(ImportRefused.Problem p) {
		return switch (p.part()) {
			case FILE -> "bestand";
			case ROW -> "rij " + p.number();
			case HOUSEHOLD -> "households[" + (p.number() - 1) + "]";
			case MUNICIPALITY -> "municipalities[" + (p.number() - 1) + "]";
		};
	}

	private ResponseEntity<RunResource> created(Plaatsing.RunView run, Locale locale) {
		return ResponseEntity.created(URI.create("/api/v1/plaatsing/runs/" + run.id())).body(resource(run, locale));
	}

	@GetMapping("/runs/{id}")
	RunResource run(@PathVariable UUID id, Locale locale) {
		return resource(plaatsing.run(id), locale);
	}

	/**
	 * The run's instance in the command line's format ({@code placement solve --input}).
	 */
	@GetMapping(path = "/runs/{id}/instantie", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> instance(@PathVariable UUID id) {
		return download(export.instance(id), "instantie-" + id + ".json");
	}

	/** The run's plan as the command line writes it ({@code placement check --plan}). */
	@GetMapping(path = "/runs/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> plan(@PathVariable UUID id) {
		return download(export.plan(id).orElseThrow(() -> new NoSuchElementException("Run " + id + " has no plan yet")),
				"plan-" + id + ".json");
	}

	static ResponseEntity<String> download(String json, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(json);
	}

	@PostMapping("/runs/{id}/start")
	ResponseEntity<Plaatsing.Progress> start(@PathVariable UUID id, @RequestBody(required = false) StartRequest r) {
		plaatsing.start(id, r == null ? 1 : r.seed());
		return ResponseEntity.accepted().body(plaatsing.progress(id));
	}

	@GetMapping("/runs/{id}/voortgang")
	Plaatsing.Progress progress(@PathVariable UUID id) {
		return plaatsing.progress(id);
	}

	@GetMapping("/runs/{id}/huishoudens/{household}")
	Plaatsing.Explanation explain(@PathVariable UUID id, @PathVariable String household) {
		return plaatsing.explain(id, household);
	}

	@PostMapping("/runs/{id}/publicatie")
	Published publish(@PathVariable UUID id) {
		return new Published(plaatsing.publish(id));
	}

	/**
	 * A new run on this one with other weights; households already told their
	 * municipality stay there.
	 */
	@PostMapping("/runs/{id}/herhaling")
	ResponseEntity<RunResource> rerun(@PathVariable UUID id, @RequestBody(required = false) WeightsRequest r,
			Locale locale) {
		var run = plaatsing.rerun(id, weights(r == null ? null : r.gewichten()));
		return ResponseEntity.created(URI.create("/api/v1/plaatsing/runs/" + run.id())).body(resource(run, locale));
	}

	private RunResource resource(Plaatsing.RunView run, Locale locale) {
		return new RunResource(run, said(run.bericht(), locale), run.bericht() == null ? null : run.bericht().code());
	}

	private @Nullable String said(@Nullable RunMessage message, Locale locale) {
		return message == null ? null : messages.getMessage(message, locale);
	}

	private static FitModel.Weights weights(Map<FitModel.Component, Integer> values) {
		return values == null || values.isEmpty() ? FitModel.Weights.DEFAULT : new FitModel.Weights(values);
	}

}
