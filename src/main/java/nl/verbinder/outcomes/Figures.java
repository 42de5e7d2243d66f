package nl.verbinder.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inkoop.Costs;
import nl.verbinder.inkoop.TrajectoryFigures;
import nl.verbinder.portal.RatingSummary;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.sleutelpersoon.Advies;
import nl.verbinder.sleutelpersoon.Advising;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The outcome figures as tables in the reader's language, for one {@link Filter}: summed
 * from the owners' counts, then every cell of fewer than five persons suppressed
 * ({@link Cell}). The page, its charts and the CSV all show these tables, so what one
 * suppresses the others never show. The counts come from the {@link FigureCache} (the
 * same for every filter; a reader never waits for them but after a start, and for the
 * advice right after it changed on this node).
 */
@Service
class Figures {

	static final String OUTFLOW = "uitstroom";

	static final String DOMAINS = "domeinen";

	static final String MUNICIPALITIES = "gemeenten";

	static final String PROVIDERS = "aanbieders";

	static final String RATINGS = "beoordelingen";

	static final String NORM = "norm";

	static final String COST_PER_OUTCOME = "kosten-per-uitkomst";

	static final String ADVICE = "adviezen";

	static final List<String> TABLES = List.of(OUTFLOW, DOMAINS, MUNICIPALITIES, NORM, PROVIDERS, COST_PER_OUTCOME,
			RATINGS, ADVICE);

	private final FigureCache cache;

	private final ReferenceData reference;

	private final AccessControl access;

	private final MessageSource messages;

	Figures(FigureCache cache, ReferenceData reference, AccessControl access, MessageSource messages) {
		this.cache = cache;
		this.reference = reference;
		this.access = access;
		this.messages = messages;
	}

	/** The table named {@code id} (one of {@link #TABLES}). */
	FigureTable table(String id, Filter filter, Locale locale) {
		access.regionScope(Permission.AGGREGATES_READ);
		return switch (id) {
			case OUTFLOW -> outflow(filter, locale);
			case DOMAINS -> domains(filter, locale);
			case MUNICIPALITIES -> municipalities(filter, locale);
			case NORM -> norm(filter, locale);
			case PROVIDERS -> providers(filter, locale);
			case COST_PER_OUTCOME -> costPerOutcome(filter, locale);
			case RATINGS -> ratings(locale);
			case ADVICE -> advice(filter, locale);
			default -> throw new java.util.NoSuchElementException("No table " + id);
		};
	}

	/** A choice of a filter: its value and its text. */
	record Choice(String value, String label) {
	}

	/** The cohorts there are figures for, the newest first, named by year and quarter. */
	List<Choice> cohorts(Locale locale) {
		access.regionScope(Permission.AGGREGATES_READ);
		return cache.outflow()
			.stream()
			.map(c -> c.group().cohort())
			.distinct()
			.sorted(java.util.Comparator.reverseOrder())
			.map(d -> new Choice(d.toString(),
					text(locale, "outcomes.cohort", String.valueOf(d.getYear()), (d.getMonthValue() + 2) / 3)))
			.toList();
	}

	/** Outflow 6, 12 and 24 months after moving in. */
	FigureTable outflow(Filter filter, Locale locale) {
		Map<Integer, long[]> sums = new LinkedHashMap<>();
		OutcomeFigures.HORIZONS.forEach(m -> sums.put(m, new long[5]));
		for (OutcomeFigures.OutflowCount c : cache.outflow()) {
			if (filter.covers(c.group())) {
				long[] s = sums.get(c.months());
				s[0] += c.persons();
				s[1] += c.werk();
				s[2] += c.lagerNiveau();
				s[3] += c.opleiding();
				s[4] += c.vrijwilligerswerk();
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.forEach((months,
				s) -> rows.add(new FigureTable.Row(text(locale, "outcomes.after-months", months),
						List.of(Cell.count(s[0]), Cell.percent(s[1], s[0]), Cell.percent(s[2], s[1]),
								Cell.percent(s[3], s[0]), Cell.percent(s[4], s[0])))));
		return new FigureTable(OUTFLOW, text(locale, "outcomes.outflow.caption"),
				texts(locale, "outcomes.outflow.when", "outcomes.persons", "outcomes.outflow.work",
						"outcomes.outflow.below-level", "outcomes.outflow.education", "outcomes.outflow.volunteering"),
				rows, List.of(1, 3, 4));
	}

	/** Per life domain: first against latest broad intake. */
	FigureTable domains(Filter filter, Locale locale) {
		Map<Domein, long[]> sums = new LinkedHashMap<>();
		for (Domein d : Domein.values()) {
			sums.put(d, new long[3]);
		}
		for (OutcomeFigures.DomainChange c : cache.domainChanges()) {
			if (filter.covers(c.group())) {
				long[] s = sums.get(c.domein());
				s[0] += c.improved();
				s[1] += c.unchanged();
				s[2] += c.worsened();
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.forEach((domein, s) -> {
			long persons = s[0] + s[1] + s[2];
			List<Cell> cells = new ArrayList<>();
			cells.add(Cell.count(persons));
			cells.addAll(Cell.shares(persons, s[0], s[1], s[2]));
			rows.add(new FigureTable.Row(text(locale, "domein." + domein), cells));
		});
		return new FigureTable(
				DOMAINS, text(locale, "outcomes.domains.caption"), texts(locale, "outcomes.domain",
						"outcomes.persons-compared", "outcomes.improved", "outcomes.unchanged", "outcomes.worsened"),
				rows, List.of(1, 2, 3));
	}

	/** Per municipality of the region: outflow 12 months after moving in. */
	FigureTable municipalities(Filter filter, Locale locale) {
		Filter others = filter.withoutGemeente();
		Map<GemeenteCode, long[]> sums = new LinkedHashMap<>();
		access.region().gemeenteCodes().stream().sorted().forEach(g -> sums.put(g, new long[4]));
		for (OutcomeFigures.OutflowCount c : cache.outflow()) {
			if (c.months() == 12 && others.covers(c.group()) && sums.containsKey(c.group().gemeente())) {
				long[] s = sums.get(c.group().gemeente());
				s[0] += c.persons();
				s[1] += c.werk();
				s[2] += c.opleiding();
				s[3] += c.vrijwilligerswerk();
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.forEach((g, s) -> rows.add(new FigureTable.Row(gemeenteName(g), List.of(Cell.count(s[0]),
				Cell.percent(s[1], s[0]), Cell.percent(s[2], s[0]), Cell.percent(s[3], s[0])))));
		return new FigureTable(MUNICIPALITIES, text(locale, "outcomes.municipalities.caption"),
				texts(locale, "outcomes.gemeente", "outcomes.persons", "outcomes.outflow.work",
						"outcomes.outflow.education", "outcomes.outflow.volunteering"),
				rows, List.of(1));
	}

	/**
	 * Zoetermeer's norm per cohort, newest first: of the inburgeraars and nareizigers
	 * whose first three months have passed, the share who started within two weeks,
	 * attended 26 lessons, a workshop of every theme, and all three.
	 */
	FigureTable norm(Filter filter, Locale locale) {
		Map<LocalDate, long[]> sums = new TreeMap<>(Comparator.reverseOrder());
		for (TrajectoryFigures.NormCount c : cache.trajectories().norm()) {
			if (filter.covers(c.group())) {
				long[] s = sums.computeIfAbsent(c.group().cohort(), d -> new long[5]);
				s[0] += c.persons();
				s[1] += c.startedInTime();
				s[2] += c.lessons();
				s[3] += c.workshops();
				s[4] += c.normMet();
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.forEach((cohort, s) -> rows
			.add(new FigureTable.Row(cohortName(cohort, locale), List.of(Cell.count(s[0]), Cell.percent(s[1], s[0]),
					Cell.percent(s[2], s[0]), Cell.percent(s[3], s[0]), Cell.percent(s[4], s[0])))));
		return new FigureTable(NORM,
				text(locale, "outcomes.norm.caption", TrajectoryFigures.START_DAYS, TrajectoryFigures.LESSONS,
						TrajectoryFigures.MONTHS),
				texts(locale, "outcomes.cohort.label", "outcomes.persons", "outcomes.norm.started",
						"outcomes.norm.lessons", "outcomes.norm.workshops", "outcomes.norm.met"),
				rows, List.of(4));
	}

	/**
	 * Costs per outcome per learning route: what the purchased trajectories of the
	 * route's participants cost so far, divided by those of them now in paid work,
	 * education or volunteer work.
	 */
	FigureTable costPerOutcome(Filter filter, Locale locale) {
		Map<String, long[]> sums = new TreeMap<>();
		Map<String, BigDecimal> money = new LinkedHashMap<>();
		for (TrajectoryFigures.CostCount c : cache.trajectories().costs()) {
			if (filter.covers(c.group())) {
				String route = c.group().leerroute() == null ? Filter.NO_ROUTE : c.group().leerroute();
				long[] s = sums.computeIfAbsent(route, r -> new long[2]);
				s[0] += c.participants();
				s[1] += c.outcomes();
				money.merge(route, c.kosten(), BigDecimal::add);
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.forEach((route, s) -> {
			BigDecimal total = money.get(route);
			BigDecimal perOutcome = s[1] == 0 ? BigDecimal.ZERO
					: total.divide(BigDecimal.valueOf(s[1]), 2, RoundingMode.HALF_UP);
			rows.add(new FigureTable.Row(text(locale, "outcomes.route." + route),
					List.of(Cell.count(s[0]), Cell.euro(total, s[0]), Cell.count(s[1]), Cell.euro(perOutcome, s[1]))));
		});
		return new FigureTable(
				COST_PER_OUTCOME, text(locale, "outcomes.cost-per-outcome.caption"), texts(locale, "pip.route",
						"outcomes.participants", "outcomes.costs", "outcomes.outcomes", "outcomes.cost-per-outcome"),
				rows, List.of(2));
	}

	private String cohortName(LocalDate cohort, Locale locale) {
		return text(locale, "outcomes.cohort", String.valueOf(cohort.getYear()), (cohort.getMonthValue() + 2) / 3);
	}

	/** Per provider: participants, attendance, exam results and costs. */
	FigureTable providers(Filter filter, Locale locale) {
		FigureCache.Providers providers = cache.providers();
		Map<UUID, String> names = providers.names();
		Map<UUID, long[]> sums = new LinkedHashMap<>();
		Map<UUID, BigDecimal> money = new LinkedHashMap<>();
		for (Costs.ProviderFigures p : providers.figures()) {
			if (filter.gemeente() == null || filter.gemeente().equals(p.gemeente())) {
				long[] s = sums.computeIfAbsent(p.organisatieId(), id -> new long[5]);
				s[0] += p.participants();
				s[1] += p.attended();
				s[2] += p.missed();
				s[3] += p.passed();
				s[4] += p.failed();
				money.merge(p.organisatieId(), p.kosten(), BigDecimal::add);
			}
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		sums.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(
					java.util.Comparator.comparing((Function<UUID, String>) id -> names.getOrDefault(id, ""))))
			.forEach(e -> {
				long[] s = e.getValue();
				BigDecimal total = money.get(e.getKey());
				BigDecimal perPerson = s[0] == 0 ? BigDecimal.ZERO
						: total.divide(BigDecimal.valueOf(s[0]), 2, RoundingMode.HALF_UP);
				rows.add(new FigureTable.Row(names.getOrDefault(e.getKey(), text(locale, "outcomes.provider.unknown")),
						List.of(Cell.count(s[0]), Cell.percentOf(s[1], s[1] + s[2], s[0]), Cell.count(s[3]),
								Cell.count(s[4]), Cell.euro(total, s[0]), Cell.euro(perPerson, s[0]))));
			});
		return new FigureTable(PROVIDERS, text(locale, "outcomes.providers.caption"),
				texts(locale, "outcomes.provider", "outcomes.participants", "outcomes.attendance",
						"outcomes.exams.passed", "outcomes.exams.failed", "outcomes.costs",
						"outcomes.costs.per-person"),
				rows, List.of(1));
	}

	/**
	 * What newcomers say of the organisations (from five answers on, as the portal
	 * counts).
	 */
	FigureTable ratings(Locale locale) {
		List<FigureTable.Row> rows = new ArrayList<>();
		for (RatingSummary s : cache.ratings()) {
			rows.add(new FigureTable.Row(s.organisatie(),
					List.of(Cell.count(s.answers()), Cell.percent(s.geholpen().ja(), s.answers()),
							Cell.percent(s.respect().ja(), s.answers()),
							Cell.percent(s.aanraden().ja(), s.answers()))));
		}
		return new FigureTable(RATINGS, text(locale, "outcomes.ratings.caption"),
				texts(locale, "outcomes.organisation", "outcomes.answers", "outcomes.ratings.helped",
						"outcomes.ratings.respect", "outcomes.ratings.recommend"),
				rows, List.of(1, 2, 3));
	}

	/**
	 * The themes of the key persons' and professionals' advice (the life domain it names)
	 * and what became of it: per theme the advice counted, and the share in each status.
	 * A municipality chosen takes the advice about it; cohort and route do not apply to
	 * advice. Suppressed on authors: five pieces of advice from two people are two
	 * persons speaking.
	 */
	FigureTable advice(Filter filter, Locale locale) {
		Advies.Status[] statuses = Advies.Status.values();
		// per theme: the pieces and the authors, in all and per status
		Map<String, long[]> pieces = new LinkedHashMap<>();
		Map<String, long[]> authors = new LinkedHashMap<>();
		for (Domein domein : Domein.values()) {
			pieces.put(domein.name(), new long[statuses.length + 1]);
			authors.put(domein.name(), new long[statuses.length + 1]);
		}
		pieces.put("", new long[statuses.length + 1]);
		authors.put("", new long[statuses.length + 1]);
		for (Advising.AdviceCount c : cache.advice(filter.gemeente())) {
			String theme = c.domein() == null ? "" : c.domein().name();
			int column = c.status() == null ? 0 : 1 + c.status().ordinal();
			pieces.get(theme)[column] = c.count();
			authors.get(theme)[column] = c.authors();
		}
		List<FigureTable.Row> rows = new ArrayList<>();
		pieces.forEach((domein, p) -> {
			long[] a = authors.get(domein);
			if (p[0] > 0) {
				List<Cell> cells = new ArrayList<>();
				cells.add(Cell.countOf(p[0], a[0]));
				cells.addAll(Cell.sharesOf(p[0], java.util.Arrays.copyOfRange(p, 1, p.length), a[0],
						java.util.Arrays.copyOfRange(a, 1, a.length)));
				rows.add(new FigureTable.Row(
						domein.isEmpty() ? text(locale, "outcomes.advice.no-domain") : text(locale, "domein." + domein),
						cells));
			}
		});
		List<String> columns = new ArrayList<>(texts(locale, "outcomes.advice.theme", "outcomes.advice.count"));
		for (Advies.Status status : statuses) {
			columns.add(text(locale, "outcomes.advice.status", text(locale, "advice.status." + status.name())));
		}
		return new FigureTable(ADVICE, text(locale, "outcomes.advice.caption"), columns, rows, List.of(3, 4));
	}

	private String gemeenteName(GemeenteCode code) {
		return reference.gemeente(code).map(g -> g.displayName()).orElse(code.value());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private List<String> texts(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text(locale, k)).toList();
	}

}
