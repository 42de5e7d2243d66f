package nl.verbinder.inkoop.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.inkoop.Aanwezigheid;
import nl.verbinder.inkoop.CsvRefused;
import nl.verbinder.inkoop.Deelname;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.inkoop.Resultaat;
import nl.verbinder.inkoop.Trajectory;
import nl.verbinder.shared.PlausibleDate;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's API for its own systems: the participants referred to the caller's
 * organisation ({@code /api/v1/deelnemers}), reports per participant (attendance, results
 * and progress, ending), and a whole attendance file as {@code text/csv}
 * ({@code /api/v1/aanwezigheid}): stored whole, or refused with 400 problem+json naming
 * each wrong row in {@code rijen}.
 */
@RestController
class ReportApi {

	record ParticipantResource(UUID verwijzing, UUID huishouden, @Nullable String naam, String gemeente,
			String verwijzingStatus, List<TrajectoryResource> trajecten, List<ProductResource> producten) {
	}

	record ProductResource(UUID id, String soort, String omschrijving, String contract) {
	}

	record TrajectoryResource(UUID id, UUID product, String aanbieder, String soort, String omschrijving,
			LocalDate gestartOp, @Nullable String einde, @Nullable LocalDate geeindigdOp, @Nullable String eindeReden,
			int aanwezig, int afwezig, BigDecimal uren, int workshops, BigDecimal kosten,
			List<Aanwezigheid> aanwezigheid, List<Resultaat> resultaten) {
	}

	record AttendanceRequest(@NotNull UUID product, @NotNull @PlausibleDate(yearsAhead = 0) LocalDate datum,
			Aanwezigheid.@NotNull Soort soort, Aanwezigheid.@Nullable Workshopthema thema, @NotNull Integer aanwezig,
			@NotNull Integer afwezig, @NotNull BigDecimal uren) {
	}

	record ResultRequest(@NotNull UUID product, @NotNull @PlausibleDate(yearsAhead = 0) LocalDate datum,
			Resultaat.@NotNull Soort soort, @Nullable Boolean behaald, @Size(max = 2000) @Nullable String toelichting) {
	}

	record EndRequest(@NotNull UUID product, @NotNull @PlausibleDate(yearsAhead = 0) LocalDate datum,
			Deelname.@NotNull Einde einde, @Size(max = 500) @Nullable String reden) {
	}

	record ImportResource(int rijen) {
	}

	record RowProblem(int rij, String detail) {
	}

	private final Reporting reporting;

	private final MessageSource messages;

	ReportApi(Reporting reporting, MessageSource messages) {
		this.reporting = reporting;
		this.messages = messages;
	}

	@GetMapping("/api/v1/deelnemers")
	Paged<ParticipantResource> participants(@Sorting(value = { "verstuurdOp", "status" },
			byDefault = "open referrals first, newest first") Paging paging) {
		return reporting.participants(paging).map(ReportApi::resource);
	}

	@GetMapping("/api/v1/deelnemers/{id}")
	ParticipantResource participant(@PathVariable UUID id) {
		return resource(reporting.participant(id));
	}

	@PostMapping("/api/v1/deelnemers/{id}/aanwezigheid")
	ResponseEntity<ParticipantResource> attendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest r) {
		var p = reporting.reportAttendance(id, r.product(),
				new Aanwezigheid(r.datum(), r.soort(), r.thema(), r.aanwezig(), r.afwezig(), r.uren()));
		return ResponseEntity.created(URI.create("/api/v1/deelnemers/" + id)).body(resource(p));
	}

	@PostMapping("/api/v1/deelnemers/{id}/resultaten")
	ResponseEntity<ParticipantResource> result(@PathVariable UUID id, @Valid @RequestBody ResultRequest r) {
		var p = reporting.recordResult(id, r.product(),
				new Resultaat(r.datum(), r.soort(), r.behaald(), r.toelichting() == null ? "" : r.toelichting()));
		return ResponseEntity.created(URI.create("/api/v1/deelnemers/" + id)).body(resource(p));
	}

	@PostMapping("/api/v1/deelnemers/{id}/einde")
	ParticipantResource end(@PathVariable UUID id, @Valid @RequestBody EndRequest r) {
		return resource(reporting.end(id, r.product(), r.einde(), r.datum(), r.reden()));
	}

	@PostMapping(path = "/api/v1/aanwezigheid", consumes = "text/csv")
	ResponseEntity<ImportResource> importFile(@RequestBody String csv) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResource(reporting.importAttendance(csv)));
	}

	/**
	 * A refused file: 400 problem+json with every wrong row and why, in the caller's
	 * language.
	 */
	@ExceptionHandler(CsvRefused.class)
	ResponseEntity<ProblemDetail> refused(CsvRefused e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e, locale));
		problem.setTitle(messages.getMessage("inkoop.upload.title-refused", null, locale));
		problem.setProperty("code", e.code());
		problem.setProperty("rijen",
				e.errors().stream().map(x -> new RowProblem(x.rij(), messages.getMessage(x.reden(), locale))).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ParticipantResource resource(Reporting.ParticipantView p) {
		var d = p.deelnemer();
		return new ParticipantResource(d.doorverwijzingId(), d.householdId(), d.naam(), d.gemeente().value(),
				d.status().name(), p.trajecten().stream().map(ReportApi::resource).toList(),
				p.producten()
					.stream()
					.map(o -> new ProductResource(o.productId(), o.soort().name(), o.omschrijving(), o.contract()))
					.toList());
	}

	private static TrajectoryResource resource(Trajectory t) {
		return new TrajectoryResource(t.deelnameId(), t.productId(), t.aanbieder(), t.soort().name(), t.product(),
				t.gestartOp(), t.einde() == null ? null : t.einde().name(), t.geeindigdOp(), t.eindeReden(),
				t.aanwezig(), t.afwezig(), t.uren(), t.workshops(), t.kosten(), t.aanwezigheid(), t.resultaten());
	}

}
