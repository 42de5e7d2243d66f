package nl.verbinder.outcomes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verbinder.access.AccessControl;
import nl.verbinder.reference.GemeenteShapes;
import nl.verbinder.shared.GemeenteCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outcomes page (every table with its chart, filtered by municipality, cohort and
 * route) and each table as CSV, with the same suppressed cells.
 */
@Controller
class OutcomesPages {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** How long a reader is asked to wait when the figures are not available. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(OutcomesPages.class);

	private final Figures figures;

	private final AccessControl access;

	private final GemeenteShapes shapes;

	private final MessageSource messages;

	OutcomesPages(Figures figures, AccessControl access, GemeenteShapes shapes, MessageSource messages) {
		this.figures = figures;
		this.access = access;
		this.shapes = shapes;
		this.messages = messages;
	}

	/**
	 * A table with its chart, and its map where place matters, as the page shows them.
	 */
	record Figure(FigureTable table, BarChart chart, @Nullable Choropleth map) {
	}

	@GetMapping("/uitkomsten")
	String outcomes(@RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(required = false) @Nullable String cohort,
			@RequestParam(required = false) @Nullable String route, Locale locale, Model model,
			HttpServletResponse response) {
		Filter filter = Filter.of(gemeente, cohort, route);
		CellText text = CellText.of(messages, locale);
		List<Figure> shown = new ArrayList<>();
		try {
			for (String id : Figures.TABLES) {
				FigureTable table = figures.table(id, filter, locale);
				Choropleth map = id.equals(Figures.MUNICIPALITIES) ? Choropleth.of(table,
						access.region().gemeenteCodes().stream().sorted().map(GemeenteCode::value).toList(), shapes,
						text) : null;
				shown.add(new Figure(table, BarChart.of(table, text), map));
			}
		}
		catch (FiguresUnavailableException e) {
			unavailable(e, response);
			return "outcomes/unavailable";
		}
		model.addAttribute("figures", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("gemeenten", access.region().gemeenteCodes().stream().sorted().toList());
		model.addAttribute("cohorts", figures.cohorts(locale));
		model.addAttribute("routes", List.of("B1", "ONDERWIJS", "Z", Filter.NO_ROUTE));
		model.addAttribute("query", query(filter));
		return "outcomes/outcomes";
	}

	@GetMapping("/uitkomsten/csv")
	ResponseEntity<String> csv(@RequestParam String tabel, @RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(required = false) @Nullable String cohort,
			@RequestParam(required = false) @Nullable String route, Locale locale) {
		if (!Figures.TABLES.contains(tabel)) {
			return ResponseEntity.notFound().build();
		}
		FigureTable table;
		try {
			table = figures.table(tabel, Filter.of(gemeente, cohort, route), locale);
		}
		catch (FiguresUnavailableException e) {
			log.warn("Figures not available: {}", String.valueOf(e.getCause()));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("outcomes.unavailable", null, locale));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(tabel + ".csv").build().toString())
			.body(csv(table, CellText.of(messages, locale)));
	}

	/**
	 * The figures were never counted on this node and counting them failed now: 503 with
	 * {@code Retry-After}, rather than an error; the page (or, for a CSV, the text) says
	 * so and asks to try again shortly.
	 */
	private static void unavailable(FiguresUnavailableException e, HttpServletResponse response) {
		log.warn("Figures not available: {}", String.valueOf(e.getCause()));
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
	}

	/** RFC 4180 with a byte-order mark (so spreadsheets read UTF-8), formulas defused. */
	static String csv(FigureTable table, CellText text) {
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(table.columns().stream().map(OutcomesPages::defused).toList());
			for (FigureTable.Row row : table.rows()) {
				List<String> values = new ArrayList<>();
				values.add(defused(row.label()));
				row.cells().forEach(c -> values.add(text.plain(c)));
				printer.printRecord(values);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/** A text that a spreadsheet would run as a formula gets a quote in front. */
	private static String defused(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String query(Filter filter) {
		StringBuilder q = new StringBuilder();
		if (filter.gemeente() != null) {
			q.append("&gemeente=").append(filter.gemeente().value());
		}
		if (filter.cohort() != null) {
			q.append("&cohort=").append(filter.cohort());
		}
		if (filter.route() != null) {
			q.append("&route=").append(filter.route());
		}
		return q.toString();
	}

}
