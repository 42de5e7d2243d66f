package nl.verbinder.partner;

import nl.verbinder.shared.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import java.sql.Array;

/**
 * The module's tables. Rows of consent, referrals and involvement carry their
 * municipality, so the database's row-level security shows a transaction only those of
 * its scope.
 */
@Repository
class PartnerStore {

	/** A row with its optimistic version. */
	record Versioned<T>(T value, long version) {
	}

	private static final TypeReference<Map<Gegevenscategorie, List<String>>> SHARED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PartnerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Organisations

	void insert(Organisatie o) {
		jdbc.sql(
				"insert into partner.organisatie (id, naam, soort, gemeenten, gegevens, version) values (?, ?, ?, ?, cast(? as jsonb), 0)")
			.params(o.id(), o.naam(), o.soort().name(), codes(o), json.writeValueAsString(o))
			.update();
	}

	List<Organisatie> organisaties() {
		return jdbc.sql("select gegevens from partner.organisatie order by lower(naam)")
			.query((rs, n) -> json.readValue(rs.getString(1), Organisatie.class))
			.list();
	}

	Optional<Organisatie> organisatie(UUID id) {
		return jdbc.sql("select gegevens from partner.organisatie where id = ?")
			.param(id)
			.query((rs, n) -> json.readValue(rs.getString(1), Organisatie.class))
			.optional();
	}

	void linkWorker(UUID accountId, UUID organisatieId) {
		jdbc.sql("""
				insert into partner.medewerker (account_id, organisatie_id) values (?, ?)
				on conflict (account_id) do update set organisatie_id = excluded.organisatie_id""")
			.params(accountId, organisatieId)
			.update();
	}

	Optional<UUID> organisatieOf(UUID accountId) {
		return jdbc.sql("select organisatie_id from partner.medewerker where account_id = ?")
			.param(accountId)
			.query(UUID.class)
			.optional();
	}

	private static String[] codes(Organisatie o) {
		return o.gemeenten().stream().map(GemeenteCode::value).sorted().toArray(String[]::new);
	}

	// Bases for sharing

	void insert(Grondslag g) {
		jdbc.sql(
				"""
						insert into partner.grondslag (id, household_id, person_id, gemeente, organisatie_id, soort, doel, categorieen, wijze,
						  getuige, wettelijke_taak, gegeven_op, geldig_tot, ingetrokken_op, vastgelegd_door, vastgelegd_op, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(g.id(), g.householdId(), g.personId(), g.gemeente().value(), g.organisatieId(), g.soort().name(),
					g.doel(), g.categorieen().stream().map(Enum::name).sorted().toArray(String[]::new),
					g.wijze() == null ? null : g.wijze().name(), g.getuige(), g.wettelijkeTaak(), g.givenOn(),
					g.geldigTot(), g.withdrawnOn() == null ? null : Timestamp.from(g.withdrawnOn()), g.recordedBy(),
					Timestamp.from(g.recordedOn()))
			.update();
	}

	void withdraw(Grondslag g, long expectedVersion) {
		int updated = jdbc
			.sql("update partner.grondslag set ingetrokken_op = ?, version = version + 1 where id = ? and version = ?")
			.params(Timestamp.from(g.withdrawnOn()), g.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Basis " + g.id() + " was changed by someone else");
		}
	}

	Optional<Versioned<Grondslag>> grondslag(UUID id) {
		return jdbc.sql("select * from partner.grondslag where id = ?").param(id).query(this::mapGrondslag).optional();
	}

	List<Versioned<Grondslag>> grondslagen(UUID householdId) {
		return jdbc
			.sql("select * from partner.grondslag where household_id = ? order by gegeven_op desc, vastgelegd_op desc")
			.param(householdId)
			.query(this::mapGrondslag)
			.list();
	}

	private Versioned<Grondslag> mapGrondslag(ResultSet rs, int row) throws SQLException {
		String wijze = rs.getString("wijze");
		Timestamp ingetrokken = rs.getTimestamp("ingetrokken_op");
		return new Versioned<>(new Grondslag(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("person_id", UUID.class), new GemeenteCode(rs.getString("gemeente")),
				rs.getObject("organisatie_id", UUID.class), Grondslag.Soort.valueOf(rs.getString("soort")),
				rs.getString("doel"), categories(rs.getArray("categorieen")),
				wijze == null ? null : Grondslag.Wijze.valueOf(wijze), rs.getString("getuige"),
				rs.getString("wettelijke_taak"), rs.getObject("gegeven_op", LocalDate.class),
				rs.getObject("geldig_tot", LocalDate.class), ingetrokken == null ? null : ingetrokken.toInstant(),
				rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant()),
				rs.getLong("version"));
	}

	private static EnumSet<Gegevenscategorie> categories(Array array) throws SQLException {
		EnumSet<Gegevenscategorie> set = EnumSet.noneOf(Gegevenscategorie.class);
		Arrays.stream((String[]) array.getArray()).map(Gegevenscategorie::valueOf).forEach(set::add);
		return set;
	}

	// Referrals

	void insert(Doorverwijzing d, Stap first) {
		jdbc.sql(
				"""
						insert into partner.doorverwijzing (id, household_id, person_id, gemeente, organisatie_id, kans_id, grondslag_id, reden,
						  gedeeld, status, status_reden, verstuurd_op, reageren_voor, verstuurd_door, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, 0)""")
			.params(d.id(), d.householdId(), d.personId(), d.gemeente().value(), d.organisatieId(), d.kansId(),
					d.grondslagId(), d.reden(), json.writeValueAsString(d.gedeeld()), d.status().name(),
					d.statusReden(), Timestamp.from(d.sentOn()), d.reagerenVoor(), d.sentBy())
			.update();
		addStep(d.id(), first);
	}

	void update(Doorverwijzing d, long expectedVersion, Stap step) {
		int updated = jdbc.sql("""
				update partner.doorverwijzing set status = ?, status_reden = ?, version = version + 1
				where id = ? and version = ?""")
			.params(d.status().name(), d.statusReden(), d.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Referral " + d.id() + " was changed by someone else");
		}
		addStep(d.id(), step);
	}

	void addStep(UUID referral, Stap step) {
		jdbc.sql(
				"""
						insert into partner.doorverwijzing_stap (doorverwijzing_id, volgnummer, op, status, tekst, door)
						values (?, (select coalesce(max(volgnummer), 0) + 1 from partner.doorverwijzing_stap where doorverwijzing_id = ?),
						  ?, ?, ?, ?)""")
			.params(referral, referral, Timestamp.from(step.op()), step.status().name(), step.tekst(), step.door())
			.update();
	}

	Optional<Versioned<Doorverwijzing>> doorverwijzing(UUID id) {
		return jdbc.sql("select * from partner.doorverwijzing where id = ?")
			.param(id)
			.query(this::mapDoorverwijzing)
			.optional();
	}

	List<Versioned<Doorverwijzing>> doorverwijzingen(UUID householdId) {
		return jdbc.sql("select * from partner.doorverwijzing where household_id = ? order by verstuurd_op desc")
			.param(householdId)
			.query(this::mapDoorverwijzing)
			.list();
	}

	/**
	 * Referrals to one organisation whose basis holds today, open ones first, newest
	 * first.
	 */
	List<Versioned<Doorverwijzing>> doorverwijzingenAan(UUID organisatieId, LocalDate today, int limit) {
		return jdbc
			.sql("""
					select d.* from partner.doorverwijzing d join partner.grondslag g on g.id = d.grondslag_id
					where d.organisatie_id = ? and g.ingetrokken_op is null and g.gegeven_op <= ?
					  and (g.geldig_tot is null or g.geldig_tot >= ?)
					order by case when d.status in ('VERSTUURD', 'GEACCEPTEERD', 'GESTART') then 0 else 1 end, d.verstuurd_op desc
					limit ?""")
			.params(organisatieId, today, today, limit)
			.query(this::mapDoorverwijzing)
			.list();
	}

	/**
	 * One page of the referrals to one organisation whose basis holds today, in the asked
	 * order or open ones first, newest first.
	 */
	List<Versioned<Doorverwijzing>> doorverwijzingenAan(UUID organisatieId, LocalDate today,
			Set<Doorverwijzing.Status> statuses, Paging paging) {
		return jdbc.sql("""
				select d.* from partner.doorverwijzing d join partner.grondslag g on g.id = d.grondslag_id
				where d.organisatie_id = ? and g.ingetrokken_op is null and g.gegeven_op <= ?
				  and (g.geldig_tot is null or g.geldig_tot >= ?) and d.status = any(?)
				order by %s
				limit ? offset ?""".formatted(paging.orderBy(INBOX_SORTING,
				"case when d.status in ('VERSTUURD', 'GEACCEPTEERD', 'GESTART') then 0 else 1 end, d.verstuurd_op desc",
				"d.id")))
			.params(organisatieId, today, today, names(statuses), paging.pageSize(), paging.offset())
			.query(this::mapDoorverwijzing)
			.list();
	}

	/**
	 * How many referrals to one organisation with one of {@code statuses} have a basis
	 * that holds today.
	 */
	long countDoorverwijzingenAan(UUID organisatieId, LocalDate today, Set<Doorverwijzing.Status> statuses) {
		return jdbc.sql("""
				select count(*) from partner.doorverwijzing d join partner.grondslag g on g.id = d.grondslag_id
				where d.organisatie_id = ? and g.ingetrokken_op is null and g.gegeven_op <= ?
				  and (g.geldig_tot is null or g.geldig_tot >= ?) and d.status = any(?)""")
			.params(organisatieId, today, today, names(statuses))
			.query(Long.class)
			.single();
	}

	private static String[] names(Set<Doorverwijzing.Status> statuses) {
		return statuses.stream().map(Enum::name).toArray(String[]::new);
	}

	/** The fields a partner's referrals can be sorted by, and their columns. */
	static final Map<String, String> INBOX_SORTING = Map.of("verstuurdOp", "d.verstuurd_op", "status", "d.status");

	/** Open referrals that rest on this basis. */
	List<Versioned<Doorverwijzing>> openOnBasis(UUID grondslagId) {
		return jdbc
			.sql("""
					select * from partner.doorverwijzing where grondslag_id = ? and status in ('VERSTUURD', 'GEACCEPTEERD', 'GESTART')""")
			.param(grondslagId)
			.query(this::mapDoorverwijzing)
			.list();
	}

	List<Stap> steps(UUID referral) {
		return jdbc.sql(
				"select op, status, tekst, door from partner.doorverwijzing_stap where doorverwijzing_id = ? order by volgnummer")
			.param(referral)
			.query((rs, n) -> new Stap(rs.getTimestamp("op").toInstant(),
					Doorverwijzing.Status.valueOf(rs.getString("status")), rs.getString("tekst"), rs.getString("door")))
			.list();
	}

	/** Steps of every referral of a household, for its timeline. */
	List<Map.Entry<UUID, Stap>> stepsOfHousehold(UUID householdId) {
		return jdbc.sql("""
				select s.doorverwijzing_id, s.op, s.status, s.tekst, s.door from partner.doorverwijzing_stap s
				join partner.doorverwijzing d on d.id = s.doorverwijzing_id where d.household_id = ?
				order by s.doorverwijzing_id, s.volgnummer""")
			.param(householdId)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					new Stap(rs.getTimestamp("op").toInstant(), Doorverwijzing.Status.valueOf(rs.getString("status")),
							rs.getString("tekst"), rs.getString("door"))))
			.list();
	}

	private Versioned<Doorverwijzing> mapDoorverwijzing(ResultSet rs, int row) throws SQLException {
		return new Versioned<>(new Doorverwijzing(rs.getObject("id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class),
				new GemeenteCode(rs.getString("gemeente")), rs.getObject("organisatie_id", UUID.class),
				rs.getObject("kans_id", UUID.class), rs.getObject("grondslag_id", UUID.class), rs.getString("reden"),
				json.readValue(rs.getString("gedeeld"), SHARED), Doorverwijzing.Status.valueOf(rs.getString("status")),
				rs.getString("status_reden"), rs.getTimestamp("verstuurd_op").toInstant(),
				rs.getObject("reageren_voor", LocalDate.class), rs.getObject("verstuurd_door", UUID.class)),
				rs.getLong("version"));
	}

	/**
	 * A notice that a plan was established, on every referral of the household that is
	 * accepted or started; once per referral and plan version.
	 */
	void addPlanNotices(UUID householdId, UUID pipId, int pipVersion, LocalDate establishedOn) {
		jdbc.sql("""
				insert into partner.plan_notice (doorverwijzing_id, gemeente, pip_id, pip_versie, vastgesteld_op)
				select d.id, d.gemeente, ?, ?, ? from partner.doorverwijzing d
				where d.household_id = ? and d.status in ('GEACCEPTEERD', 'GESTART')
				on conflict do nothing""").params(pipId, pipVersion, establishedOn, householdId).update();
	}

	/**
	 * The days a plan in the referral's household was established while the organisation
	 * worked with it.
	 */
	List<LocalDate> planNotices(UUID referral) {
		return jdbc.sql(
				"select vastgesteld_op from partner.plan_notice where doorverwijzing_id = ? order by vastgesteld_op desc, pip_versie desc")
			.param(referral)
			.query(LocalDate.class)
			.list();
	}

	// Involvement

	void insert(Betrokkenheid b) {
		jdbc.sql(
				"""
						insert into partner.betrokkenheid (id, household_id, gemeente, organisatie_id, naam, rol, sinds, tot, contact)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(b.id(), b.householdId(), b.gemeente().value(), b.organisatieId(), b.naam(), b.rol(), b.sinds(),
					b.tot(), b.contact())
			.update();
	}

	List<Betrokkenheid> betrokkenheden(UUID householdId) {
		return jdbc.sql("select * from partner.betrokkenheid where household_id = ? order by sinds desc")
			.param(householdId)
			.query((rs, n) -> new Betrokkenheid(rs.getObject("id", UUID.class),
					rs.getObject("household_id", UUID.class), new GemeenteCode(rs.getString("gemeente")),
					rs.getObject("organisatie_id", UUID.class), rs.getString("naam"), rs.getString("rol"),
					rs.getObject("sinds", LocalDate.class), rs.getObject("tot", LocalDate.class),
					rs.getString("contact")))
			.list();
	}

}
