package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadEntry;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Timeline;
import nl.verbinder.inburgering.TimelineEntry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.shared.Sorting;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.LinkedHashMap;

/** Households under {@code /api/v1/huishoudens}. */
@RestController
@RequestMapping("/api/v1")
class HouseholdApi {

	private final Inburgering inburgering;

	private final Caseload caseload;

	private final Timeline timeline;

	private final MessageSource messages;

	HouseholdApi(Inburgering inburgering, Caseload caseload, Timeline timeline, MessageSource messages) {
		this.inburgering = inburgering;
		this.caseload = caseload;
		this.timeline = timeline;
		this.messages = messages;
	}

	record MemberRequest(@NotBlank @Size(max = 200) String voornaam, @NotBlank @Size(max = 200) String achternaam,
			@NotNull @Past @PlausibleDate(from = 1900, yearsAhead = 0) LocalDate geboortedatum,
			@NotNull Gezinsrol gezinsrol, Geslacht geslacht, @Pattern(regexp = "[A-Za-z]{2}") String geboorteland,
			@Pattern(regexp = "[A-Za-z]{2}") String nationaliteit,
			@PastOrPresent @PlausibleDate(yearsAhead = 0) LocalDate verblijfsvergunning, @BsnFormat String bsn,
			@Pattern(regexp = "\\d{10}") String vNummer) {

		Inburgering.NewMember toNewMember() {
			return new Inburgering.NewMember(voornaam, achternaam, geboortedatum, gezinsrol, geslacht, geboorteland,
					nationaliteit, verblijfsvergunning, bsn, vNummer);
		}
	}

	record RegisterRequest(@NotBlank @Pattern(regexp = "GM\\d{4}") String gemeente,
			@NotBlank @Size(max = 300) String adres,
			@NotBlank @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}") String postcode,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate aankomstdatum,
			@NotEmpty @Size(max = 20) List<@Valid MemberRequest> leden, Boolean bevestigNieuwePersonen) {
	}

	record AddMemberRequest(@NotNull @PositiveOrZero Long versie, @NotNull @Valid MemberRequest lid,
			Boolean bevestigNieuwePersoon) {
	}

	/** One line of the caseload. */
	record CaseloadResource(HouseholdId id, String gemeente, String adres, LocalDate aankomstdatum, List<String> namen,
			@Nullable LocalDate laatsteContact, int openAfspraken, int achterstalligeAfspraken,
			List<String> markeringen) {

		static CaseloadResource of(CaseloadEntry e) {
			return new CaseloadResource(e.id(), e.gemeente(), e.adres(), e.arrivalDate(), e.memberNames(),
					e.lastContact(), e.openAgreements(), e.overdueAgreements(), e.marks());
		}
	}

	/** The caseload, page by page, most urgent first unless another order is asked. */
	@GetMapping("/huishoudens")
	Paged<CaseloadResource> caseload(@RequestParam(name = "naam", required = false) String name,
			@RequestParam(name = "gemeente", required = false) String gemeente,
			@RequestParam(name = "leerroute", required = false) String leerroute,
			@RequestParam(name = "fase", required = false) Inburgeringstermijn.Fase fase,
			@RequestParam(name = "dagenZonderContact", required = false) Integer daysWithoutContact,
			@RequestParam(name = "openAfspraken", defaultValue = "false") boolean openAgreements,
			@Sorting(value = { "aankomstdatum", "laatsteContact", "gemeente" },
					byDefault = "most urgent first: overdue agreements, then longest without contact, then newest arrivals") Paging paging) {
		var filter = new CaseloadFilter(name, gemeente == null || gemeente.isBlank() ? null : GemeenteCode.of(gemeente),
				leerroute, fase, daysWithoutContact, openAgreements);
		return caseload.page(filter, paging).map(CaseloadResource::of);
	}

	@GetMapping("/huishoudens/{id}")
	HouseholdView household(@PathVariable String id) {
		return inburgering.household(HouseholdId.of(id));
	}

	/**
	 * Everything that happened with the household, newest first, other modules' entries
	 * included.
	 */
	@GetMapping("/huishoudens/{id}/tijdlijn")
	Paged<TimelineResource> timeline(@PathVariable String id,
			@Sorting(value = { "datum", "soort" }, byDefault = "newest first") Paging paging) {
		return paging
			.of("tijdlijn", timeline.of(HouseholdId.of(id)),
					Map.of("datum", Comparator.comparing(TimelineEntry::date), "soort",
							Comparator.comparing(TimelineEntry::kind)),
					Comparator.comparing(TimelineEntry::date).reversed().thenComparing(TimelineEntry::kind))
			.map(TimelineResource::of);
	}

	/**
	 * One thing that happened: {@code persoon} the member it concerns, {@code detail} a
	 * code, {@code partij} another organisation it concerns.
	 */
	record TimelineResource(LocalDate datum, TimelineEntry.Kind soort, @Nullable String persoon,
			@Nullable String detail, @Nullable String partij) {

		static TimelineResource of(TimelineEntry e) {
			return new TimelineResource(e.date(), e.kind(), e.person(), e.detail(), e.party());
		}
	}

	@PostMapping("/huishoudens")
	ResponseEntity<HouseholdView> register(@Valid @RequestBody RegisterRequest request) {
		HouseholdView household = inburgering.register(GemeenteCode.of(request.gemeente()), request.adres(),
				request.postcode(), request.aankomstdatum(),
				request.leden().stream().map(MemberRequest::toNewMember).toList(),
				Boolean.TRUE.equals(request.bevestigNieuwePersonen()));
		return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + household.id())).body(household);
	}

	@PostMapping("/huishoudens/{id}/leden")
	HouseholdView addMember(@PathVariable String id, @Valid @RequestBody AddMemberRequest request) {
		return inburgering.addMember(HouseholdId.of(id), request.versie(), request.lid().toNewMember(),
				Boolean.TRUE.equals(request.bevestigNieuwePersoon()));
	}

	/**
	 * A probable duplicate is a conflict the caller resolves: confirm it is someone else,
	 * or stop.
	 */
	@ExceptionHandler(Inburgering.PossibleDuplicate.class)
	ResponseEntity<ProblemDetail> possibleDuplicate(Inburgering.PossibleDuplicate e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("problem.possible-duplicate", new Object[] { e.candidates().size() }, locale));
		problem.setTitle("Possibly registered already");
		problem.setProperty("possibleDuplicates", e.candidates());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/cijfers/huishoudens-per-gemeente")
	Map<String, Long> householdsPerGemeente() {
		var result = new LinkedHashMap<String, Long>();
		inburgering.householdsPerGemeente().forEach((g, n) -> result.put(g.value(), n));
		return result;
	}

}
