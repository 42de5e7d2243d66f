package nl.verbinder.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newcomer's wishes and talents, in their own words and as choices: what they can do,
 * what they would like, interests, hours a week and free days. Changing them publishes
 * {@link WishesChanged}, on which the matching module adopts them into the person's
 * preferences for matching and tells the case manager on the household's timeline.
 */
@Service
public class Wishes {

	/** The interests a newcomer can choose: the tags the region's opportunities carry. */
	public static final List<String> INTERESTS = List.of("sport", "zorg", "techniek", "koken", "kinderen", "taal",
			"ontmoeten", "administratie", "logistiek", "groen", "onderwijs", "auto");

	static final int MAX_TEXT = 1000;

	static final int MIN_HOURS = 1;

	static final int MAX_HOURS = 60;

	/** Until the newcomer says otherwise: part time, any day. */
	static final int DEFAULT_HOURS = 16;

	/** The newcomer's wishes as stored ({@code versie} 0: none stated yet). */
	public record MyWishes(String talenten, String wensen, Set<String> interesses, int urenPerWeek,
			Set<DayOfWeek> dagen, long versie) {

		static final MyWishes NONE = new MyWishes("", "", Set.of(), DEFAULT_HOURS, Set.of(), 0);

	}

	/** What the newcomer sends; checked by {@link #checked}. */
	public record Change(@Nullable String talenten, @Nullable String wensen, @Nullable Set<String> interesses,
			int urenPerWeek, @Nullable Set<DayOfWeek> dagen) {
	}

	private final JdbcClient jdbc;

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final AccessControl access;

	private final Clock clock;

	Wishes(JdbcClient jdbc, Newcomers newcomers, OwnFile ownFile, ProcessingLog log, ApplicationEventPublisher events,
			AccessControl access, Clock clock) {
		this.jdbc = jdbc;
		this.newcomers = newcomers;
		this.ownFile = ownFile;
		this.log = log;
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public MyWishes mine() {
		Newcomers.Newcomer me = newcomers.current();
		ownFile.family(me.personId(), Portal.OWN_ACCESS);
		MyWishes wishes = find(me.personId()).orElse(MyWishes.NONE);
		log.record(Portal.OWN_VOICE, Operation.READ, List.of(DataSubject.person(me.personId())));
		return wishes;
	}

	/**
	 * Stores the newcomer's wishes if still at {@code expectedVersion} (0: none stated
	 * yet) and publishes {@link WishesChanged}; refused as a whole, changing nothing,
	 * when any part breaks a rule.
	 */
	@Transactional
	public MyWishes change(Change change, long expectedVersion) {
		Newcomers.Newcomer me = newcomers.current();
		OwnFile.Family family = ownFile.family(me.personId(), Portal.OWN_ACCESS);
		MyWishes wishes = checked(change, expectedVersion + 1);
		Instant now = clock.instant();
		String[] interests = wishes.interesses().stream().sorted().toArray(String[]::new);
		String[] days = wishes.dagen().stream().sorted().map(DayOfWeek::name).toArray(String[]::new);
		int written = expectedVersion == 0
				? jdbc
					.sql("""
							insert into portal.wish (person_id, household_id, gemeente, talenten, wensen, interesses, uren_per_week,
							  dagen, changed_at, version)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (person_id) do nothing""")
					.params(me.personId(), family.household().value(), family.gemeente(), wishes.talenten(),
							wishes.wensen(), interests, wishes.urenPerWeek(), days, Timestamp.from(now))
					.update()
				: jdbc.sql("""
						update portal.wish set talenten = ?, wensen = ?, interesses = ?, uren_per_week = ?, dagen = ?,
						  changed_at = ?, version = version + 1
						where person_id = ? and version = ?""")
					.params(wishes.talenten(), wishes.wensen(), interests, wishes.urenPerWeek(), days,
							Timestamp.from(now), me.personId(), expectedVersion)
					.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException("The wishes of " + me.personId() + " changed meanwhile");
		}
		log.record(Portal.OWN_VOICE, expectedVersion == 0 ? Operation.CREATE : Operation.UPDATE,
				List.of(DataSubject.person(me.personId())));
		events.publishEvent(new WishesChanged(me.personId(), family.household().value(), family.gemeente(),
				family.self().voornaam(), wishes.talenten(), wishes.wensen(), wishes.interesses(), wishes.urenPerWeek(),
				wishes.dagen(), now, access.currentActor().id().value()));
		return wishes;
	}

	/** The rules of the newcomer's wishes, each refusal naming what to change. */
	static MyWishes checked(Change change, long version) {
		String talents = text(change.talenten(), "portal.wishes.talents");
		String wishes = text(change.wensen(), "portal.wishes.wishes");
		Set<String> interests = change.interesses() == null ? Set.of() : Set.copyOf(change.interesses());
		if (!INTERESTS.containsAll(interests)) {
			throw new RuleViolation("rule.wishes.interest");
		}
		if (change.urenPerWeek() < MIN_HOURS || change.urenPerWeek() > MAX_HOURS) {
			throw new RuleViolation("rule.wishes.hours", MIN_HOURS, MAX_HOURS);
		}
		Set<DayOfWeek> days = change.dagen() == null || change.dagen().isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(change.dagen()));
		return new MyWishes(talents, wishes, interests, change.urenPerWeek(), days, version);
	}

	private static String text(@Nullable String value, String field) {
		String text = value == null ? "" : value.strip();
		if (text.length() > MAX_TEXT) {
			throw new RuleViolation("rule.wishes.too-long", RuleViolation.name(field), MAX_TEXT);
		}
		return text;
	}

	private Optional<MyWishes> find(UUID personId) {
		return jdbc.sql(
				"select talenten, wensen, interesses, uren_per_week, dagen, version from portal.wish where person_id = ?")
			.param(personId)
			.query((rs, n) -> new MyWishes(rs.getString(1), rs.getString(2),
					Set.of((String[]) rs.getArray(3).getArray()), rs.getInt(4),
					Arrays.stream((String[]) rs.getArray(5).getArray())
						.map(DayOfWeek::valueOf)
						.collect(Collectors.toUnmodifiableSet()),
					rs.getLong(6)))
			.optional();
	}

}
