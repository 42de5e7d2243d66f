package nl.verbinder.sleutelpersoon.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Advies;
import nl.verbinder.sleutelpersoon.Advising;
import nl.verbinder.sleutelpersoon.Assigning;
import nl.verbinder.sleutelpersoon.BatchAssignment;
import nl.verbinder.sleutelpersoon.CandidateRanking;
import nl.verbinder.sleutelpersoon.OwnRequests;
import nl.verbinder.sleutelpersoon.PoolOverview;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import nl.verbinder.sleutelpersoon.Verzoek;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key-person pool and requests under {@code /api/v1}; their lists in
 * {@link SleutelpersoonLists}.
 */
@RestController
@RequestMapping("/api/v1")
class SleutelpersoonApi {

	private static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*";

	private static final String GEMEENTE = "GM\\d{4}";

	private final Sleutelpersonen sleutelpersonen;

	private final Requesting requesting;

	private final Assigning assigning;

	private final OwnRequests ownRequests;

	private final PoolOverview overview;

	private final Advising advising;

	private final Clock clock;

	SleutelpersoonApi(Sleutelpersonen sleutelpersonen, Requesting requesting, Assigning assigning,
			OwnRequests ownRequests, PoolOverview overview, Advising advising, Clock clock) {
		this.sleutelpersonen = sleutelpersonen;
		this.requesting = requesting;
		this.assigning = assigning;
		this.ownRequests = ownRequests;
		this.overview = overview;
		this.advising = advising;
		this.clock = clock;
	}

	record AdviceRequest(@NotBlank @Size(min = 10, max = 4000) String tekst, Domein domein,
			@Pattern(regexp = GEMEENTE) String gemeente, @Pattern(regexp = "[A-Z]{2}") String gemeenschap) {
	}

	record TriageRequest(@NotNull @PositiveOrZero Long versie, @NotNull Advies.Status status,
			@Size(max = 4000) String reactie) {
	}

	record AdviceResource(UUID id, String auteur, String auteurRol, String tekst, Domein domein, String gemeente,
			String gemeenschap, Instant ingediendOp, Advies.Status status, String reactie, LocalDate beoordeeldOp,
			long versie) {

		static AdviceResource of(Advising.AdviceView view) {
			Advies a = view.advies();
			return new AdviceResource(a.id(), a.auteur(), a.auteurRol(), a.tekst(), a.domein(),
					a.gemeente() == null ? null : a.gemeente().value(), a.gemeenschap(), a.submittedOn(), a.status(),
					a.reactie(), a.triagedOn(), view.versie());
		}
	}

	@PostMapping("/adviezen")
	ResponseEntity<AdviceResource> giveAdvice(@Valid @RequestBody AdviceRequest request) {
		var given = advising.give(new Advising.NewAdvice(request.tekst(), request.domein(),
				request.gemeente() == null ? null : new GemeenteCode(request.gemeente()), request.gemeenschap()));
		return ResponseEntity.created(URI.create("/api/v1/adviezen/" + given.advies().id()))
			.body(AdviceResource.of(given));
	}

	@PostMapping("/adviezen/{id}/beoordeling")
	AdviceResource triage(@PathVariable UUID id, @Valid @RequestBody TriageRequest request) {
		return AdviceResource.of(advising.triage(id, request.versie(), request.status(), request.reactie()));
	}

	record TaalRequest(@NotBlank @Pattern(regexp = LANGUAGE) String taal, @NotNull LanguageLevel niveau) {
	}

	record SleutelpersoonRequest(@NotBlank @Size(max = 200) String voornaam,
			@NotBlank @Size(max = 200) String achternaam,
			@NotEmpty @Size(max = 10) List<@Valid @NotNull TaalRequest> talen,
			@Size(max = 20) Set<@Pattern(regexp = "[A-Z]{2}") String> gemeenschappen,
			@NotEmpty Set<@NotNull Rol> rollen, Set<@NotNull Domein> domeinen,
			@NotBlank @Pattern(regexp = GEMEENTE) String woonplaats,
			@Size(max = 342) Set<@Pattern(regexp = GEMEENTE) String> werkgebied, @Min(0) @Max(300) int maxReisafstandKm,
			@Min(0) @Max(40) int urenPerWeek, @NotNull Sleutelpersoon.Dienstverband.Vorm vorm,
			@PlausibleDate(yearsAhead = 0) LocalDate vogDatum,
			@Size(max = 20) List<@NotBlank @Size(max = 200) String> trainingen,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate start, @Size(max = 30) String telefoon,
			@Size(max = 200) String email) {

		Sleutelpersoon toSleutelpersoon() {
			return new Sleutelpersoon(UUID.randomUUID(), voornaam, achternaam,
					talen.stream().map(t -> new Sleutelpersoon.Taal(new TaalCode(t.taal()), t.niveau())).toList(),
					gemeenschappen == null ? Set.of() : gemeenschappen, rollen, domeinen == null ? Set.of() : domeinen,
					new GemeenteCode(woonplaats),
					werkgebied == null ? Set.of()
							: werkgebied.stream().map(GemeenteCode::new).collect(Collectors.toSet()),
					maxReisafstandKm, urenPerWeek, List.of(new Sleutelpersoon.Dienstverband(vorm, start)), vogDatum,
					trainingen == null ? List.of() : trainingen, start, null, null,
					new Sleutelpersoon.Contact(telefoon, email));
		}
	}

	/** A key person as the API shows them: codes as plain strings. */
	record SleutelpersoonResource(UUID id, String voornaam, String achternaam, List<TaalRequest> talen,
			Set<String> gemeenschappen, Set<Rol> rollen, Set<Domein> domeinen, String woonplaats,
			List<String> werkgebied, int maxReisafstandKm, int urenPerWeek, Sleutelpersoon.Dienstverband.Vorm vorm,
			List<Sleutelpersoon.Dienstverband> dienstverbanden, LocalDate vogDatum, boolean vogGeldig,
			List<String> trainingen, LocalDate start, LocalDate einde, String redenVertrek,
			Sleutelpersoon.Contact contact) {

		static SleutelpersoonResource of(Sleutelpersoon p, LocalDate today) {
			return new SleutelpersoonResource(p.id(), p.voornaam(), p.achternaam(),
					p.talen().stream().map(t -> new TaalRequest(t.taal().value(), t.niveau())).toList(),
					p.gemeenschappen(), p.rollen(), p.domeinen(), p.woonplaats().value(),
					p.werkgebied().stream().map(GemeenteCode::value).sorted().toList(), p.maxReisafstandKm(),
					p.urenPerWeek(), p.vorm(), p.dienstverbanden(), p.vogDatum(), p.vogValidOn(today), p.trainingen(),
					p.start(), p.einde(), p.redenVertrek(), p.contact());
		}
	}

	/**
	 * A request as the API shows it, with the version to send back when changing it;
	 * {@code vernietigd} when its household's file was destroyed (no household, an empty
	 * purpose).
	 */
	record VerzoekResource(UUID id, Verzoek.Soort soort, List<String> talen, Rol rol, Domein domein, String gemeente,
			String wijk, LocalDate van, LocalDate tot, int minuten, Verzoek.Urgentie urgentie,
			@JsonProperty("huishoudenId") UUID householdId, String doel, Verzoek.Status status, UUID toegewezenAan,
			boolean vernietigd, long versie) {

		static VerzoekResource of(Requesting.RequestView view) {
			Verzoek v = view.verzoek();
			return new VerzoekResource(v.id(), v.soort(), v.talen().stream().map(TaalCode::value).toList(), v.rol(),
					v.domein(), v.gemeente().value(), v.wijk(), v.van(), v.tot(), v.minuten(), v.urgentie(),
					v.householdId(), v.doel(), v.status(), v.assignedTo(), v.vernietigd(), view.versie());
		}
	}

	record LeaveRequest(@NotNull @PlausibleDate(yearsAhead = 1) LocalDate datum,
			@NotBlank @Size(max = 500) String reden) {
	}

	record VerzoekRequest(@NotNull Verzoek.Soort soort,
			@NotEmpty @Size(max = 5) List<@NotBlank @Pattern(regexp = LANGUAGE) String> talen, @NotNull Rol rol,
			Domein domein, @NotBlank @Pattern(regexp = GEMEENTE) String gemeente, @Size(max = 100) String wijk,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate van,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate tot, @Min(15) @Max(480) int minuten,
			@NotNull Verzoek.Urgentie urgentie, UUID huishoudenId, @NotBlank @Size(max = 1000) String doel) {
	}

	record AssignRequest(@NotNull UUID sleutelpersoon, @NotNull @PositiveOrZero Long versie) {
	}

	/**
	 * A candidate as the API shows it: who, the score and its parts, and the facts behind
	 * them.
	 */
	record CandidateResource(UUID sleutelpersoon, String naam, double score,
			Map<CandidateRanking.Component, Double> onderdelen, String taal, LanguageLevel niveau, double afstandKm,
			int reisMinuten, int minutenOverNa, String vorm) {
	}

	record ExcludedResource(UUID sleutelpersoon, String naam, CandidateRanking.Exclusion reden) {
	}

	record RankingResource(List<CandidateResource> kandidaten, List<ExcludedResource> uitgesloten,
			CandidateRanking.Exclusion belangrijksteBelemmering) {
	}

	@PostMapping("/sleutelpersonen")
	ResponseEntity<SleutelpersoonResource> add(@Valid @RequestBody SleutelpersoonRequest request) {
		Sleutelpersoon added = sleutelpersonen.add(request.toSleutelpersoon());
		return ResponseEntity.created(URI.create("/api/v1/sleutelpersonen/" + added.id()))
			.body(SleutelpersoonResource.of(added, LocalDate.now(clock)));
	}

	@PostMapping("/sleutelpersonen/{id}/vertrek")
	SleutelpersoonResource leave(@PathVariable UUID id, @Valid @RequestBody LeaveRequest request) {
		return SleutelpersoonResource.of(sleutelpersonen.leave(id, request.datum(), request.reden()).sleutelpersoon(),
				LocalDate.now(clock));
	}

	@PostMapping("/verzoeken")
	ResponseEntity<VerzoekResource> request(@Valid @RequestBody VerzoekRequest r) {
		var created = requesting.request(new Requesting.NewRequest(r.soort(),
				r.talen().stream().map(TaalCode::new).toList(), r.rol(), r.domein(), new GemeenteCode(r.gemeente()),
				r.wijk(), r.van(), r.tot(), r.minuten(), r.urgentie(), r.huishoudenId(), r.doel()));
		return ResponseEntity.created(URI.create("/api/v1/verzoeken/" + created.verzoek().id()))
			.body(VerzoekResource.of(created));
	}

	@GetMapping("/verzoeken/{id}/kandidaten")
	RankingResource candidates(@PathVariable UUID id) {
		var ranking = assigning.candidates(id);
		return new RankingResource(
				ranking.candidates()
					.stream()
					.map(c -> new CandidateResource(c.sleutelpersoon().id(), naam(c.sleutelpersoon()), c.score(),
							c.components(), c.taal().value(), c.niveau(), Math.round(c.distanceKm() * 10) / 10.0,
							c.travelMinutes(), c.minutesLeftAfter(), c.sleutelpersoon().vorm().name()))
					.toList(),
				ranking.excluded()
					.stream()
					.map(e -> new ExcludedResource(e.sleutelpersoon().id(), naam(e.sleutelpersoon()), e.reason()))
					.toList(),
				ranking.candidates().isEmpty() ? ranking.mainObstacle() : null);
	}

	@PostMapping("/verzoeken/{id}/annulering")
	VerzoekResource cancel(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return VerzoekResource.of(requesting.cancel(id, request.versie()));
	}

	@PostMapping("/verzoeken/{id}/aanbod")
	VerzoekResource offer(@PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
		return VerzoekResource.of(assigning.offer(id, request.sleutelpersoon(), request.versie()));
	}

	record VersionRequest(@NotNull @PositiveOrZero Long versie) {
	}

	record ReportRequest(@NotNull @PositiveOrZero Long versie, @NotNull @PlausibleDate(yearsAhead = 0) LocalDate datum,
			@Min(0) @Max(960) int minuten, @Min(0) @Max(1000) int km, @Size(max = 4000) String tekst) {

		Verzoek.Verslag verslag() {
			return new Verzoek.Verslag(datum, minuten, km, tekst);
		}
	}

	record OnBehalfRequest(@NotNull @PositiveOrZero Long versie, @NotNull Boolean geaccepteerd,
			@Valid ReportRequest verslag) {
	}

	/** The coordinator records a key person's answer (or report) given by phone. */
	@PostMapping("/verzoeken/{id}/antwoord")
	VerzoekResource onBehalf(@PathVariable UUID id, @Valid @RequestBody OnBehalfRequest request) {
		return VerzoekResource.of(assigning.recordOnBehalf(id, request.versie(), request.geaccepteerd(),
				request.verslag() == null ? null : request.verslag().verslag()));
	}

	/** A request as its key person sees it: only what the task needs. */
	record OwnRequestResource(UUID id, Verzoek.Soort soort, List<String> talen, Rol rol, String gemeente, String wijk,
			LocalDate van, LocalDate tot, int minuten, Verzoek.Urgentie urgentie, String contactVoornaam, String doel,
			Verzoek.Status status, Verzoek.Verslag verslag, long versie) {

		static OwnRequestResource of(OwnRequests.OwnRequest r) {
			return new OwnRequestResource(r.id(), r.soort(), r.talen().stream().map(TaalCode::value).toList(), r.rol(),
					r.gemeente().value(), r.wijk(), r.van(), r.tot(), r.minuten(), r.urgentie(), r.contactVoornaam(),
					r.doel(), r.status(), r.verslag(), r.versie());
		}
	}

	record LoadResource(UUID sleutelpersoon, String naam, int minutenPerWeek, int minutenDezeWeek, int minutenDezeMaand,
			boolean overbelast) {
	}

	record VogResource(UUID sleutelpersoon, String naam, LocalDate vogDatum, LocalDate geldigTot) {
	}

	record OverviewResource(List<PoolOverview.LanguageDemand> vraag, List<PoolOverview.LanguageSupply> aanbod,
			List<LoadResource> belasting, List<VogResource> vogVerlooptBinnenkort,
			Map<String, Integer> minutenPerGemeenteDezeMaand) {
	}

	@GetMapping("/sleutelpersonen/overzicht")
	OverviewResource overview() {
		var o = overview.overview();
		return new OverviewResource(o.vraag(), o.aanbod(),
				o.belasting()
					.stream()
					.map(l -> new LoadResource(l.sleutelpersoon().id(), naam(l.sleutelpersoon()), l.minutenPerWeek(),
							l.minutenDezeWeek(), l.minutenDezeMaand(), l.overloaded()))
					.toList(),
				o.vogExpiringSoon()
					.stream()
					.map(p -> new VogResource(p.id(), naam(p), p.vogDatum(), p.vogValidUntil()))
					.toList(),
				o.minutenPerGemeenteDezeMaand());
	}

	record ProposedResource(UUID verzoek, String soort, String gemeente, UUID sleutelpersoon, String naam, double score,
			int minuten) {
	}

	record WeekProposalResource(LocalDate maandag, List<ProposedResource> toewijzingen,
			List<BatchAssignment.Unassigned> nietToegewezen, double doelwaarde, double bovengrens, double gat,
			boolean bewezenOptimaal, double doelwaardeGretig, long rekentijdMs) {
	}

	@GetMapping("/verzoeken/weekvoorstel")
	WeekProposalResource weekProposal(
			@RequestParam(name = "dag", required = false) @PlausibleDate(yearsAhead = 1) LocalDate day) {
		var p = assigning.weekProposal(day == null ? LocalDate.now(clock) : day);
		var r = p.result();
		return new WeekProposalResource(p.maandag(), r.assignments().stream().map(a -> {
			Verzoek v = p.verzoeken().get(a.verzoek());
			Sleutelpersoon k = p.sleutelpersonen().get(a.sleutelpersoon());
			return new ProposedResource(a.verzoek(), v.soort().name(), v.gemeente().value(), a.sleutelpersoon(),
					naam(k), a.score(), a.minutes());
		}).toList(), r.unassigned(), r.objective(), r.bound(), r.gap(), r.optimal(), r.greedyObjective(), r.millis());
	}

	@PostMapping("/verzoeken/weekvoorstel")
	Map<String, Integer> applyWeekProposal(
			@RequestParam(name = "dag", required = false) @PlausibleDate(yearsAhead = 1) LocalDate day) {
		return Map.of("aangeboden", assigning.applyWeekProposal(day == null ? LocalDate.now(clock) : day));
	}

	@PostMapping("/mijn-verzoeken/{id}/acceptatie")
	OwnRequestResource accept(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return OwnRequestResource.of(ownRequests.accept(id, request.versie()));
	}

	@PostMapping("/mijn-verzoeken/{id}/weigering")
	OwnRequestResource decline(@PathVariable UUID id, @Valid @RequestBody VersionRequest request) {
		return OwnRequestResource.of(ownRequests.decline(id, request.versie()));
	}

	@PostMapping("/mijn-verzoeken/{id}/verslag")
	OwnRequestResource report(@PathVariable UUID id, @Valid @RequestBody ReportRequest request) {
		return OwnRequestResource.of(ownRequests.report(id, request.versie(), request.verslag()));
	}

	private static String naam(Sleutelpersoon p) {
		return p.voornaam() + " " + p.achternaam();
	}

}
