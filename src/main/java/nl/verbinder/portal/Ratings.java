package nl.verbinder.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.Role;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.OwnSharing;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newcomers rate the organisations that accepted a referral for them: four questions
 * answered with faces and a comment in any language. Staff see only summaries per
 * organisation ({@link RatingSummary}), counted in SQL and made only from at least five
 * answers; a partner worker sees their own organisation's, staff with aggregate figures
 * every organisation's. Nobody but the newcomer sees who rated, or what one person said.
 *
 * <p>
 * Eight collaborators: the newcomer's own data (newcomers, sharing), the staff side
 * (access, social map), the store and its row-level security (a newcomer reads and writes
 * only ratings of their own municipality, staff summaries are counted over the region and
 * a partner's over where it works), the log and the clock.
 */
@Service
public class Ratings {

	static final int MAX_COMMENT = 1000;

	static final int NO = 1;

	static final int YES = 3;

	/** The newcomer's answers (1 no, 2 a little, 3 yes) and comment. */
	public record Answers(int geholpen, int respect, int begrepen, int aanraden, @Nullable String toelichting) {

		/** The rules of a rating; refused as a whole, naming what to change. */
		public Answers {
			for (int answer : new int[] { geholpen, respect, begrepen, aanraden }) {
				if (answer < NO || answer > YES) {
					throw new RuleViolation("rule.rating.answer");
				}
			}
			toelichting = toelichting == null ? "" : toelichting.strip();
			if (toelichting.length() > MAX_COMMENT) {
				throw new RuleViolation("rule.rating.too-long", MAX_COMMENT);
			}
		}

		/** The answer to a question by its name, as the pages and the API name them. */
		public int answer(String question) {
			return switch (question) {
				case "geholpen" -> geholpen;
				case "respect" -> respect;
				case "begrepen" -> begrepen;
				case "aanraden" -> aanraden;
				default -> throw new IllegalArgumentException("No question " + question);
			};
		}
	}

	/** An organisation the newcomer can rate, and their rating of it if they gave one. */
	public record Rateable(OwnSharing.Contact contact, @JsonProperty("beoordeling") @Nullable Answers rating,
			@JsonProperty("beoordeeldOp") @Nullable LocalDate ratedOn) {
	}

	/**
	 * What staff see: the summaries that may be shown; for a partner worker their own
	 * organisation and whether its summary was held back; for staff with aggregate
	 * figures the comments behind the shown summaries (never to a partner).
	 */
	public record Overview(List<RatingSummary> summaries, @Nullable String ownOrganisation, boolean ownHeldBack,
			Map<UUID, List<String>> comments) {
	}

	private final JdbcClient jdbc;

	private final Newcomers newcomers;

	private final OwnSharing sharing;

	private final AccessControl access;

	private final SocialMap socialMap;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final Clock clock;

	Ratings(JdbcClient jdbc, Newcomers newcomers, OwnSharing sharing, AccessControl access, SocialMap socialMap,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, Clock clock) {
		this.jdbc = jdbc;
		this.newcomers = newcomers;
		this.sharing = sharing;
		this.access = access;
		this.socialMap = socialMap;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.clock = clock;
	}

	/** The organisations the newcomer can rate, with their ratings so far. */
	@Transactional
	public List<Rateable> mine() {
		Newcomers.Newcomer me = newcomers.current();
		List<OwnSharing.Contact> contacts = sharing.contacts(me.personId(), Portal.OWN_VOICE);
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.OWN_DATA));
		Map<UUID, Rated> rated = jdbc.sql("""
				select doorverwijzing_id, geholpen, respect, begrepen, aanraden, toelichting, rated_on
				from portal.rating where person_id = ?""")
			.param(me.personId())
			.query((rs, n) -> new Rated(rs.getObject(1, UUID.class),
					new Answers(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6)),
					rs.getObject(7, LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Rated::doorverwijzingId, Function.identity()));
		log.record(Portal.OWN_VOICE, Operation.READ, List.of(DataSubject.person(me.personId())));
		return contacts.stream().map(c -> {
			Rated r = rated.get(c.doorverwijzingId());
			return new Rateable(c, r == null ? null : r.answers(), r == null ? null : r.on());
		}).toList();
	}

	private record Rated(UUID doorverwijzingId, Answers answers, LocalDate on) {
	}

	/**
	 * Rates (or rates again) an organisation that accepted a referral for the newcomer or
	 * a minor child; "not found" for any other referral.
	 */
	@Transactional
	public Answers rate(UUID doorverwijzingId, Answers answers) {
		Newcomers.Newcomer me = newcomers.current();
		OwnSharing.Contact contact = sharing.contacts(me.personId(), Portal.OWN_VOICE)
			.stream()
			.filter(c -> c.doorverwijzingId().equals(doorverwijzingId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No referral " + doorverwijzingId + " to rate"));
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.OWN_DATA));
		boolean again = jdbc.sql("select count(*) > 0 from portal.rating where doorverwijzing_id = ?")
			.param(doorverwijzingId)
			.query(Boolean.class)
			.single();
		jdbc.sql("""
				insert into portal.rating (doorverwijzing_id, organisatie_id, person_id, gemeente, geholpen, respect,
				  begrepen, aanraden, toelichting, rated_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (doorverwijzing_id) do update set geholpen = excluded.geholpen, respect = excluded.respect,
				  begrepen = excluded.begrepen, aanraden = excluded.aanraden, toelichting = excluded.toelichting,
				  rated_on = excluded.rated_on, person_id = excluded.person_id""")
			.params(doorverwijzingId, contact.organisatieId(), me.personId(), me.gemeente(), answers.geholpen(),
					answers.respect(), answers.begrepen(), answers.aanraden(), answers.toelichting(),
					Date.valueOf(LocalDate.now(clock)))
			.update();
		log.record(Portal.OWN_VOICE, again ? Operation.UPDATE : Operation.CREATE,
				List.of(DataSubject.person(me.personId())));
		return answers;
	}

	/**
	 * The summaries a member of staff may see: a partner worker their own organisation's
	 * (if at least five answers are behind it), staff with aggregate figures every
	 * organisation's that has five; anyone else is refused.
	 */
	@Transactional(readOnly = true)
	public Overview overview() {
		var actor = access.currentActor();
		if (actor.role() == Role.PARTNER_WORKER) {
			Organisatie own = socialMap.ownOrganisation();
			List<RatingSummary> summaries = summaries(own.id(), access.scopeFor(Permission.REFERRALS_RECEIVE));
			return new Overview(summaries, own.naam(), summaries.isEmpty(), Map.of());
		}
		// Through the scope, so that a bearer token's scopes narrow it too (403 without);
		// figures are counted over the whole region.
		AccessScope region = access.regionScope(Permission.AGGREGATES_READ);
		List<RatingSummary> summaries = summaries(null, region);
		return new Overview(summaries, null, false, comments());
	}

	/**
	 * Summaries per organisation (of one, or all), counted in SQL over the ratings
	 * {@code scope} covers; organisations with fewer than
	 * {@link RatingSummary#MIN_ANSWERS} different newcomers are left out by the query (a
	 * newcomer who rates their children's referrals too counts once).
	 */
	List<RatingSummary> summaries(@Nullable UUID organisatieId, AccessScope scope) {
		Map<UUID, String> names = socialMap.organisaties()
			.stream()
			.collect(Collectors.toMap(Organisatie::id, Organisatie::naam));
		// After the social map, which restricts the transaction to its own scope.
		rowLevelSecurity.restrictTo(scope);
		return jdbc
			.sql("""
					select organisatie_id, count(*),
					  count(*) filter (where geholpen = 1), count(*) filter (where geholpen = 2), count(*) filter (where geholpen = 3),
					  count(*) filter (where respect = 1), count(*) filter (where respect = 2), count(*) filter (where respect = 3),
					  count(*) filter (where begrepen = 1), count(*) filter (where begrepen = 2), count(*) filter (where begrepen = 3),
					  count(*) filter (where aanraden = 1), count(*) filter (where aanraden = 2), count(*) filter (where aanraden = 3)
					from portal.rating
					where cast(:organisatie as uuid) is null or organisatie_id = :organisatie
					group by organisatie_id
					having count(distinct person_id) >= :min
					order by count(*) desc, organisatie_id""")
			.param("organisatie", organisatieId)
			.param("min", RatingSummary.MIN_ANSWERS)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new RatingSummary(id, names.getOrDefault(id, "?"), rs.getInt(2),
						new RatingSummary.Question(rs.getInt(3), rs.getInt(4), rs.getInt(5)),
						new RatingSummary.Question(rs.getInt(6), rs.getInt(7), rs.getInt(8)),
						new RatingSummary.Question(rs.getInt(9), rs.getInt(10), rs.getInt(11)),
						new RatingSummary.Question(rs.getInt(12), rs.getInt(13), rs.getInt(14)));
			})
			.list();
	}

	/**
	 * The comments behind the summaries that may be shown, per organisation, in the order
	 * of their text: no date, no person, so that none can be traced to a moment or a
	 * newcomer.
	 */
	Map<UUID, List<String>> comments() {
		return jdbc.sql("""
				select organisatie_id, toelichting from portal.rating
				where toelichting <> '' and organisatie_id in
				  (select organisatie_id from portal.rating group by organisatie_id
				   having count(distinct person_id) >= ?)
				order by organisatie_id, toelichting""")
			.param(RatingSummary.MIN_ANSWERS)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
