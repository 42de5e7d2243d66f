package nl.verbinder.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.inburgering.Pip;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;
import nl.verbinder.portal.RatingSummary.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newcomers rate the activities of their plan in force (a course, a workshop, work
 * experience; with the contracted product when it was bought): the same four questions
 * with faces and a comment in any language as for organisations. Staff with aggregate
 * figures see summaries per activity and per provider, counted in SQL from at least five
 * answers; a provider's summary is held back too when what its shown activities leave
 * over is fewer than five answers, so that no small group can be worked out by
 * subtraction. Nobody but the newcomer sees who rated.
 */
@Service
public class ActivityRatings {

	/**
	 * An activity of the plan in force the newcomer can rate, and their rating of it if
	 * they gave one. The key names the activity within this newcomer's plan only.
	 */
	public record RateableActivity(@JsonProperty("activiteit") UUID key, String aanbieder, String omschrijving,
			LocalDate start, @Nullable LocalDate einde, @JsonProperty("gecontracteerd") boolean contracted,
			@JsonProperty("beoordeling") Ratings.@Nullable Answers rating,
			@JsonProperty("beoordeeldOp") @Nullable LocalDate ratedOn) {
	}

	/** A summary of an activity that may be shown, with the comments behind it. */
	public record ShownActivity(@JsonProperty("samenvatting") ActivitySummary summary,
			@JsonProperty("toelichtingen") List<String> comments) {
	}

	/** What staff with aggregate figures see: activities and providers. */
	public record Overview(@JsonProperty("activiteiten") List<ShownActivity> activities,
			@JsonProperty("aanbieders") List<ActivitySummary> providers) {
	}

	private static final String COUNTS = """
			count(*),
			  count(*) filter (where geholpen = 1), count(*) filter (where geholpen = 2), count(*) filter (where geholpen = 3),
			  count(*) filter (where respect = 1), count(*) filter (where respect = 2), count(*) filter (where respect = 3),
			  count(*) filter (where begrepen = 1), count(*) filter (where begrepen = 2), count(*) filter (where begrepen = 3),
			  count(*) filter (where aanraden = 1), count(*) filter (where aanraden = 2), count(*) filter (where aanraden = 3)""";

	/** One provider as the plans name it, whatever the case or spaces. */
	private static final String PROVIDER = "lower(btrim(aanbieder))";

	/**
	 * One activity: the contracted product, else the same description at the provider.
	 */
	private static final String ACTIVITY = PROVIDER
			+ " || '|' || coalesce(cast(product_id as text), lower(btrim(omschrijving)))";

	private final JdbcClient jdbc;

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final Clock clock;

	ActivityRatings(JdbcClient jdbc, Newcomers newcomers, OwnFile ownFile, AccessControl access,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, Clock clock) {
		this.jdbc = jdbc;
		this.newcomers = newcomers;
		this.ownFile = ownFile;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The activities of the newcomer's plan in force that have started, with their
	 * ratings so far.
	 */
	@Transactional
	public List<RateableActivity> mine() {
		Newcomers.Newcomer me = newcomers.current();
		List<Activity> activities = inForce(me);
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.OWN_DATA));
		Map<UUID, Rated> rated = jdbc.sql("""
				select activiteit, geholpen, respect, begrepen, aanraden, toelichting, rated_on
				from portal.activity_rating where person_id = ?""")
			.param(me.personId())
			.query((rs, n) -> new Rated(rs.getObject(1, UUID.class),
					new Ratings.Answers(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6)),
					rs.getObject(7, LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Rated::key, Function.identity()));
		log.record(Portal.OWN_VOICE, Operation.READ, List.of(DataSubject.person(me.personId())));
		return activities.stream().map(a -> {
			Rated r = rated.get(a.key());
			PipInhoud.Activiteit act = a.activiteit();
			return new RateableActivity(a.key(), act.aanbieder(), act.omschrijving(), act.start(), act.einde(),
					act.productId() != null, r == null ? null : r.answers(), r == null ? null : r.on());
		}).toList();
	}

	/**
	 * Rates (or rates again) an activity of the newcomer's own plan in force; "not found"
	 * for any other key, another newcomer's activities included.
	 */
	@Transactional
	public Ratings.Answers rate(UUID key, Ratings.Answers answers) {
		Newcomers.Newcomer me = newcomers.current();
		PipInhoud.Activiteit activity = inForce(me).stream()
			.filter(a -> a.key().equals(key))
			.findFirst()
			.map(Activity::activiteit)
			.orElseThrow(() -> new NoSuchElementException("No activity " + key + " to rate in the plan in force"));
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.OWN_DATA));
		boolean again = jdbc
			.sql("select count(*) > 0 from portal.activity_rating where person_id = ? and activiteit = ?")
			.params(me.personId(), key)
			.query(Boolean.class)
			.single();
		jdbc.sql(
				"""
						insert into portal.activity_rating (person_id, activiteit, product_id, aanbieder, omschrijving, gemeente,
						  geholpen, respect, begrepen, aanraden, toelichting, rated_on)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (person_id, activiteit) do update set geholpen = excluded.geholpen,
						  respect = excluded.respect, begrepen = excluded.begrepen, aanraden = excluded.aanraden,
						  toelichting = excluded.toelichting, rated_on = excluded.rated_on""")
			.params(me.personId(), key, activity.productId(), activity.aanbieder(), activity.omschrijving(),
					me.gemeente(), answers.geholpen(), answers.respect(), answers.begrepen(), answers.aanraden(),
					answers.toelichting(), Date.valueOf(LocalDate.now(clock)))
			.update();
		log.record(Portal.OWN_VOICE, again ? Operation.UPDATE : Operation.CREATE,
				List.of(DataSubject.person(me.personId())));
		return answers;
	}

	/**
	 * The summaries per activity and per provider, for staff with aggregate figures over
	 * the region; anyone else is refused. A group is shown from five persons, not five
	 * answers: one newcomer may rate the same course twice (a restart, a later plan).
	 */
	@Transactional(readOnly = true)
	public Overview overview() {
		// Through the scope, so that a bearer token's scopes narrow it too (403 without);
		// figures are counted over the whole region.
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		Map<String, ActivitySummary> activities = jdbc.sql("""
				select %s, min(aanbieder), min(omschrijving), %s
				from portal.activity_rating
				group by 1
				having count(distinct person_id) >= :min
				order by count(*) desc, 1""".formatted(ACTIVITY, COUNTS))
			.param("min", RatingSummary.MIN_ANSWERS)
			.query((rs, n) -> Map.entry(rs.getString(1), summary(rs, 2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new));
		Map<String, List<String>> comments = comments(activities.keySet());
		List<ShownActivity> shown = activities.entrySet()
			.stream()
			.map(e -> new ShownActivity(e.getValue(), comments.getOrDefault(e.getKey(), List.of())))
			.toList();
		List<ActivitySummary> providers = jdbc
			.sql("""
					with activity as (
					  select %1$s as provider, %2$s as activity, count(distinct person_id) as n
					  from portal.activity_rating group by 1, 2),
					provider as (
					  select a.provider, count(distinct r.person_id) as total,
					    count(distinct r.person_id) filter (where a.n >= :min) as covered
					  from portal.activity_rating r join activity a on a.provider = %1$s and a.activity = %2$s
					  group by a.provider)
					select min(r.aanbieder), '', %3$s
					from portal.activity_rating r join provider p on p.provider = lower(btrim(r.aanbieder))
					where p.total - p.covered = 0 or p.total - p.covered >= :min
					group by p.provider
					having count(distinct r.person_id) >= :min
					order by count(*) desc, p.provider""".formatted(PROVIDER, ACTIVITY,
					COUNTS.replace("(where ", "(where r.")))
			.param("min", RatingSummary.MIN_ANSWERS)
			.query((rs, n) -> summary(rs, 1))
			.list();
		return new Overview(shown, providers);
	}

	private static ActivitySummary summary(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
		int c = from + 2;
		return new ActivitySummary(rs.getString(from), rs.getString(from + 1), rs.getInt(c),
				new Question(rs.getInt(c + 1), rs.getInt(c + 2), rs.getInt(c + 3)),
				new Question(rs.getInt(c + 4), rs.getInt(c + 5), rs.getInt(c + 6)),
				new Question(rs.getInt(c + 7), rs.getInt(c + 8), rs.getInt(c + 9)),
				new Question(rs.getInt(c + 10), rs.getInt(c + 11), rs.getInt(c + 12)));
	}

	/**
	 * The comments behind the shown activities, in the order of their text: no date, no
	 * person.
	 */
	private Map<String, List<String>> comments(Set<String> shown) {
		if (shown.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select %s, toelichting from portal.activity_rating
				where toelichting <> '' order by 1, 2""".formatted(ACTIVITY))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.filter(e -> shown.contains(e.getKey()))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * The activities of the newcomer's own plan in force (the latest established version)
	 * that have started, each with its key.
	 */
	private List<Activity> inForce(Newcomers.Newcomer me) {
		LocalDate today = LocalDate.now(clock);
		return ownFile.pip(me.personId(), me.personId(), Portal.OWN_VOICE)
			.flatMap(pip -> pip.versies()
				.stream()
				.filter(v -> v.status() == Pip.Status.VASTGESTELD)
				.reduce((a, b) -> b)
				.map(v -> activities(pip, v, today)))
			.orElse(List.of());
	}

	private static List<Activity> activities(PipView pip, PipView.VersieView version, LocalDate today) {
		Set<UUID> seen = new java.util.HashSet<>();
		return version.activiteiten()
			.stream()
			.filter(a -> !a.start().isAfter(today))
			.map(a -> new Activity(key(pip.pipId(), a), a))
			.filter(a -> seen.add(a.key()))
			.toList();
	}

	/**
	 * The key of an activity: its plan, provider, description and start, so that it stays
	 * the same through new versions of the plan that keep the activity.
	 */
	static UUID key(UUID pipId, PipInhoud.Activiteit a) {
		return UUID
			.nameUUIDFromBytes(("activiteit|" + pipId + "|" + a.aanbieder() + "|" + a.omschrijving() + "|" + a.start())
				.getBytes(StandardCharsets.UTF_8));
	}

	private record Activity(UUID key, PipInhoud.Activiteit activiteit) {
	}

	private record Rated(UUID key, Ratings.Answers answers, LocalDate on) {
	}

}
