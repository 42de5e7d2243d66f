package nl.verbinder.placement;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.verbinder.placement.optimiser.Alternatives;
import nl.verbinder.placement.optimiser.CandidateGenerator;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.InstanceValidator;
import nl.verbinder.placement.optimiser.Kandidaat;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.PlacementResult;
import nl.verbinder.placement.optimiser.Taakstelling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

/**
 * The placement module's API for planners: build a run (generated waiting households, or
 * a new run on an earlier one so that households already told their municipality stay
 * put), solve it in the background with visible progress, read each household's
 * explanation (its three best municipalities and where the plan puts it, component by
 * component), and publish: the households learn their municipality early, and those
 * placed in this region's municipalities are registered there for their intake. What a
 * run is made of is checked by {@link RunInputs}; solving it in the background is
 * {@link BackgroundSolving}'s.
 * <p>
 * Eight collaborators: besides those two parts, the planner's scope and the log (every
 * explanation is a read of a candidate's data), the runs' store, the municipalities, the
 * clock, and the publisher of {@link PlacementPublished}.
 */
@Service
public class Plaatsing {

	public static final ProcessingActivity PLAATSING = new ProcessingActivity("placement.plan",
			"Statushouders uit het azc passend en tijdig aan een gemeente koppelen",
			"Wettelijke taak (Huisvestingswet 2014, art. 28–30)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.HOUSEHOLD, DataCategory.RESIDENCE,
				DataCategory.EDUCATION_AND_WORK, DataCategory.ORIGIN)
		.keptFor(Period.ofYears(1))
		.controlledBy(ProcessingActivity.Controller.REGION);

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities placementProcessingActivities() {
		return ProcessingActivities.of(PLAATSING);
	}

	/** How far a run is: a phase and a percentage, for the progress bar. */
	public record Progress(@JsonProperty("fase") String phase, @JsonProperty("procent") int percent) {
	}

	/**
	 * A run in the list of runs; the API says {@code bericht} in the caller's language.
	 */
	public record RunSummary(UUID id, String periode, @JsonProperty("aangemaaktOp") Instant createdAt, String status,
			@JsonIgnore @Nullable RunMessage bericht, int huishoudens, int personen, @JsonProperty("gat") double gap,
			long geplaatst) {
	}

	/**
	 * A run as the pages and API show it; the API says {@code bericht} in the caller's
	 * language. {@code instantie}: imported as an instance (scores given, no persons'
	 * data), so it is neither explained per household nor published.
	 */
	public record RunView(UUID id, String periode, String status, @JsonIgnore @Nullable RunMessage bericht,
			int huishoudens, long personen, FitModel.Weights gewichten, @Nullable PlacementResult resultaat, int vast,
			@Nullable UUID basisRun, List<Taakstelling> taakstellingen, boolean instantie) {
	}

	/**
	 * Why a household goes where the plan puts it: the breakdown there and at its three
	 * best municipalities, and for every municipality that scores higher than where it
	 * goes, why it does not go there.
	 */
	public record Explanation(Kandidaat kandidaat, @Nullable String gemeente, FitModel.@Nullable Breakdown daar,
			List<FitModel.Breakdown> top, boolean published, List<Alternatives.Alternative> beter) {
	}

	/**
	 * Top municipalities kept per household as explicit scores; the rest count as the
	 * lowest of those.
	 */
	private final AccessControl access;

	private final ProcessingLog log;

	private final PlacementStore store;

	private final ReferenceData reference;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RunInputs inputs;

	private final BackgroundSolving solving;

	Plaatsing(AccessControl access, ProcessingLog log, PlacementStore store, ReferenceData reference,
			ApplicationEventPublisher events, Clock clock, RunInputs inputs, BackgroundSolving solving) {
		this.inputs = inputs;
		this.solving = solving;
		this.access = access;
		this.log = log;
		this.store = store;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RunSummary> runs() {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		return store.all();
	}

	/** One page of the runs, newest first unless another order is asked. */
	@Transactional(readOnly = true)
	public Paged<RunSummary> runs(Paging paging) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		return paging.page("runs", store.page(paging), store.count());
	}

	@Transactional(readOnly = true)
	public RunView run(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		return view(find(id));
	}

	/**
	 * A new run of {@code households} generated waiting households (deterministic per
	 * seed).
	 */
	@Transactional
	public RunView generate(int households, long seed, FitModel.Weights weights) {
		return generate(households, seed, weights, null, 3);
	}

	/**
	 * As above, with the quotas taken from a national total in persons (population
	 * shares; by default 102 % of the run's persons) and a tolerance per municipality in
	 * persons.
	 */
	@Transactional
	public RunView generate(int households, long seed, FitModel.Weights weights, @Nullable Integer nationalTotal,
			int tolerance) {
		if (tolerance < 0 || tolerance > 50) {
			throw new RuleViolation("rule.placement.tolerance", 0, 50);
		}
		if (nationalTotal != null && nationalTotal < 1) {
			throw new RuleViolation("rule.placement.national-total");
		}
		var actor = access.scopeFor(Permission.PLACEMENT_PLAN).actor();
		if (households < 1 || households > 50_000) {
			throw new RuleViolation("rule.placement.households", 1, 50_000);
		}
		LocalDate today = LocalDate.now(clock);
		var generated = CandidateGenerator.generate(reference.gemeenten(), households, seed, today);
		PlacementStore.Run run = new PlacementStore.Run(UUID.randomUUID(), RunInputs.period(today), clock.instant(),
				actor.id().value(), PlacementStore.Status.CONCEPT, null, weights, generated.kandidaten(),
				generated.context(), inputs.quotas(generated.kandidaten(), nationalTotal, tolerance), Map.of(), null,
				null, null, null);
		store.insert(run);
		return view(run);
	}

	/**
	 * A run on households and a context given by the planner (see
	 * docs/placement-instance-format.md, "Runs with attributes"): real labour-market
	 * figures, community counts, key persons and facilities instead of generated ones.
	 * Quotas are given, or computed from population shares when left out.
	 */
	@Transactional
	public RunView importRun(String periode, List<Kandidaat> kandidaten, FitModel.Context context,
			@Nullable List<Taakstelling> taakstellingen, FitModel.Weights weights) {
		var actor = access.scopeFor(Permission.PLACEMENT_PLAN).actor();
		inputs.check(kandidaten, context);
		kandidaten = kandidaten.stream().map(inputs::withIscoGroups).toList();
		List<Taakstelling> quotas = taakstellingen == null || taakstellingen.isEmpty()
				? inputs.quotas(kandidaten, null, 3) : taakstellingen;
		PlacementStore.Run run = new PlacementStore.Run(UUID.randomUUID(), periode, clock.instant(), actor.id().value(),
				PlacementStore.Status.CONCEPT, null, weights, kandidaten, context, quotas, Map.of(), null, null, null,
				null);
		// Codes, sizes and capacity are checked now; the fit is scored when the run is
		// solved.
		new InstanceValidator().validate(new PlacementInstance(periode, quotas,
				kandidaten.stream().map(k -> new Huishouden(k.id(), k.size(), 0, Map.of(), Set.of(), null)).toList()));
		store.insert(run);
		return view(run);
	}

	/**
	 * A new run on an earlier one: the same households and context with new weights;
	 * where the earlier run was published, its households keep their municipality (early
	 * notice must be stable).
	 */
	@Transactional
	public RunView rerun(UUID earlier, FitModel.Weights weights) {
		var actor = access.scopeFor(Permission.PLACEMENT_PLAN).actor();
		PlacementStore.Run base = find(earlier);
		Map<String, String> fixed = new HashMap<>(base.fixed());
		if (base.status() == PlacementStore.Status.GEPUBLICEERD && base.resultaat() != null) {
			base.resultaat().assignments().forEach(a -> fixed.put(a.household(), a.gemeente()));
		}
		PlacementStore.Run run = new PlacementStore.Run(UUID.randomUUID(), base.periode(), clock.instant(),
				actor.id().value(), PlacementStore.Status.CONCEPT, null, weights, base.kandidaten(), base.context(),
				base.taakstellingen(), fixed, null, null, earlier, base.huishoudens());
		store.insert(run);
		return view(run);
	}

	/**
	 * Enters one municipality's quota, filled and tolerance for a run that is not solved
	 * yet.
	 */
	@Transactional
	public RunView setQuota(UUID id, Taakstelling quota) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		if (quota.quota() < 0 || quota.filled() < 0 || quota.tolerance() < 0) {
			throw new RuleViolation("rule.placement.quota-negative");
		}
		if (run.taakstellingen().stream().noneMatch(t -> t.code().equals(quota.code()))) {
			throw new RuleViolation("rule.gemeente.unknown", quota.code());
		}
		List<Taakstelling> changed = run.taakstellingen()
			.stream()
			.map(t -> t.code().equals(quota.code())
					? new Taakstelling(t.code(), quota.quota(), quota.filled(), quota.tolerance(), t.carryOver()) : t)
			.toList();
		if (!store.quotas(id, changed)) {
			throw new RuleViolation("rule.placement.quota-after-solving");
		}
		return view(find(id));
	}

	/** Starts solving in the background; {@link #progress} tells how far it is. */
	@Transactional
	public void start(UUID id, long seed) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		if (run.status() != PlacementStore.Status.CONCEPT && run.status() != PlacementStore.Status.MISLUKT) {
			throw new RuleViolation("rule.placement.solved-already");
		}
		solving.begin(id, seed);
	}

	public Progress progress(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		Optional<Progress> solving = this.solving.progress(id);
		if (solving.isPresent()) {
			return solving.get();
		}
		var status = find(id).status();
		return switch (status) {
			case KLAAR, GEPUBLICEERD -> new Progress("KLAAR", 100);
			case MISLUKT -> new Progress("MISLUKT", 100);
			default -> new Progress(status.name(), 0);
		};
	}

	/** One household's explanation in a run; logged as a read of the candidate's data. */
	@Transactional
	public Explanation explain(UUID id, String household) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		Kandidaat k = run.kandidaten()
			.stream()
			.filter(c -> c.id().equals(household))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No household " + household + " in run " + id));
		FitModel model = solving.model(run, reference.gemeenten());
		var fit = k.forFit(LocalDate.now(clock));
		var assignment = run.resultaat() == null ? null
				: run.resultaat()
					.assignments()
					.stream()
					.filter(a -> a.household().equals(household))
					.findFirst()
					.orElse(null);
		List<Alternatives.Alternative> better = List.of();
		if (run.resultaat() != null) {
			List<Gemeente> gemeenten = reference.gemeenten();
			LocalDate today = LocalDate.now(clock);
			Map<String, Kandidaat> byId = new HashMap<>();
			run.kandidaten().forEach(c -> byId.put(c.id(), c));
			Map<String, Huishouden> seen = new HashMap<>();
			Function<String, Huishouden> optimisersView = other -> seen.computeIfAbsent(other,
					o -> BackgroundSolving.huishouden(byId.get(o), model, gemeenten, today, run.fixed()));
			better = Alternatives.of(run.resultaat(), optimisersView.apply(household),
					assignment == null ? null : assignment.gemeente(), assignment != null && assignment.published(),
					optimisersView);
		}
		log.record(PLAATSING, Operation.READ, candidate(id, household));
		return new Explanation(k, assignment == null ? null : assignment.gemeente(),
				assignment == null ? null : model.explain(fit, assignment.gemeente()), model.top(fit, 3),
				assignment != null && assignment.published(), better);
	}

	/**
	 * Publishes a solved run: every placed household is told its municipality, and those
	 * placed in this region's municipalities are announced for their intake there
	 * ({@link PlacementPublished}, which the inburgering module registers after the
	 * commit). Returns how many were announced.
	 */
	@Transactional
	public int publish(UUID id) {
		AccessScope scope = access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		if (run.huishoudens() != null) {
			throw new RuleViolation("rule.placement.publish-instance");
		}
		if (run.resultaat() == null || !store.publish(id, clock.instant())) {
			throw new RuleViolation("rule.placement.publish");
		}
		Map<String, Kandidaat> byId = new HashMap<>();
		run.kandidaten().forEach(k -> byId.put(k.id(), k));
		List<PlacementPublished.PlacedHousehold> placed = new ArrayList<>();
		List<DataSubject> told = new ArrayList<>();
		for (var a : run.resultaat().assignments()) {
			told.add(candidate(id, a.household()));
			GemeenteCode gemeente = new GemeenteCode(a.gemeente());
			if (a.published() || !access.region().contains(gemeente)) {
				continue; // told earlier, or another region's Verbinder takes the intake
			}
			Kandidaat k = byId.get(a.household());
			String azc = reference.gemeente(new GemeenteCode(k.azc())).map(Gemeente::displayName).orElse(k.azc());
			placed.add(new PlacementPublished.PlacedHousehold(k.id(), gemeente.value(),
					"Azc " + azc + " (nog te huisvesten)",
					k.leden()
						.stream()
						.map(l -> new PlacementPublished.PlacedMember(l.voornaam(), l.achternaam(), l.geboortedatum(),
								"VROUW".equals(l.geslacht()) ? "VROUW" : "MAN", l.land()))
						.toList()));
		}
		if (!told.isEmpty()) {
			log.record(PLAATSING, Operation.UPDATE, told);
		}
		if (!placed.isEmpty()) {
			events.publishEvent(new PlacementPublished(id, scope.actor().id().value(), LocalDate.now(clock), placed));
		}
		return placed.size();
	}

	private static DataSubject candidate(UUID run, String household) {
		return new DataSubject("plaatsingskandidaat", run + "/" + household);
	}

	private PlacementStore.Run find(UUID id) {
		return store.find(id).orElseThrow(() -> new NoSuchElementException("No placement run " + id));
	}

	static RunView view(PlacementStore.Run r) {
		return new RunView(r.id(), r.periode(), r.status().name(), r.bericht(), r.households(), r.persons(),
				r.gewichten(), r.resultaat(), r.fixed().size(), r.basisRun(), r.taakstellingen(),
				r.huishoudens() != null);
	}

}
