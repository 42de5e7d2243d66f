package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The module's tables. Contracts and products carry no personal data; participations,
 * attendance and results are read and written within the row-level security scope of the
 * caller's transaction.
 */
@Repository
class InkoopStore {

	/** A participation with what was reported so far, summed. */
	record Summary(Deelname deelname, int aanwezig, int afwezig, BigDecimal uren, int workshops,
			@Nullable LocalDate laatsteDatum, BigDecimal kosten) {
	}

	private final JdbcClient jdbc;

	InkoopStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Contracts

	void insert(Contract c, UUID by, Instant at) {
		jdbc.sql("""
				insert into inkoop.contract (id, organisatie_id, naam, gemeenten, ingang, einde, vastgelegd_door,
				vastgelegd_op, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(c.id(), c.organisatieId(), c.naam(),
					c.gemeenten().stream().map(GemeenteCode::value).sorted().toArray(String[]::new), c.ingang(),
					c.einde(), by, Timestamp.from(at))
			.update();
		for (Product p : c.producten()) {
			jdbc.sql("""
					insert into inkoop.product (id, contract_id, soort, omschrijving, eenheid, prijs, capaciteit)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(p.id(), c.id(), p.soort().name(), p.omschrijving(), p.eenheid().name(), p.prijs(),
						p.capaciteit())
				.update();
		}
	}

	/** Contracts, those of {@code organisatieId} only when given, newest first. */
	List<Contract> contracts(@Nullable UUID organisatieId) {
		List<Row> rows = jdbc.sql("""
				select id, organisatie_id, naam, gemeenten, ingang, einde from inkoop.contract
				where (cast(? as uuid) is null or organisatie_id = ?) order by ingang desc, naam""")
			.params(organisatieId, organisatieId)
			.query(InkoopStore::row)
			.list();
		return withProducts(rows);
	}

	Optional<Contract> contract(UUID id) {
		return withProducts(
				jdbc.sql("select id, organisatie_id, naam, gemeenten, ingang, einde from inkoop.contract where id = ?")
					.param(id)
					.query(InkoopStore::row)
					.list())
			.stream()
			.findFirst();
	}

	Optional<Contract> contractOfProduct(UUID productId) {
		return jdbc.sql("select contract_id from inkoop.product where id = ?")
			.param(productId)
			.query(UUID.class)
			.optional()
			.flatMap(this::contract);
	}

	/** Participants enrolled per product. */
	Map<UUID, Integer> enrolled(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, ingeschreven from inkoop.product where id = any(?)")
			.param(productIds.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Takes one place of a product's capacity; false when it is full. The row lock
	 * serialises concurrent enrolments.
	 */
	boolean takePlace(UUID productId) {
		return jdbc
			.sql("update inkoop.product set ingeschreven = ingeschreven + 1 where id = ? and ingeschreven < capaciteit")
			.param(productId)
			.update() == 1;
	}

	private record Row(UUID id, UUID organisatieId, String naam, Set<GemeenteCode> gemeenten, LocalDate ingang,
			LocalDate einde) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisatie_id", UUID.class), rs.getString("naam"),
				codes(rs.getArray("gemeenten")), rs.getObject("ingang", LocalDate.class),
				rs.getObject("einde", LocalDate.class));
	}

	private static Set<GemeenteCode> codes(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(GemeenteCode::new).collect(Collectors.toSet());
	}

	private List<Contract> withProducts(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Product>> products = new LinkedHashMap<>();
		jdbc.sql("""
				select contract_id, id, soort, omschrijving, eenheid, prijs, capaciteit from inkoop.product
				where contract_id = any(?) order by soort, omschrijving""")
			.param(rows.stream().map(Row::id).toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					new Product(rs.getObject(2, UUID.class), ProductSoort.valueOf(rs.getString(3)), rs.getString(4),
							Product.Eenheid.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getInt(7))))
			.list()
			.forEach(e -> products.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows.stream()
			.map(r -> new Contract(r.id(), r.organisatieId(), r.naam(), r.gemeenten(), r.ingang(), r.einde(),
					products.getOrDefault(r.id(), List.of())))
			.toList();
	}

	// Participations

	void insert(Deelname d) {
		jdbc.sql("""
				insert into inkoop.deelname (id, product_id, organisatie_id, doorverwijzing_id, household_id, person_id,
				gemeente, gestart_op, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(d.id(), d.productId(), d.organisatieId(), d.doorverwijzingId(), d.householdId(), d.personId(),
					d.gemeente().value(), d.gestartOp())
			.update();
	}

	void updateEnd(Deelname d) {
		jdbc.sql("""
				update inkoop.deelname set einde = ?, geeindigd_op = ?, einde_reden = ?, version = version + 1
				where id = ? and einde is null""")
			.params(d.einde() == null ? null : d.einde().name(), d.geeindigdOp(), d.eindeReden(), d.id())
			.update();
	}

	Optional<Deelname> deelname(UUID doorverwijzingId, UUID productId) {
		return jdbc.sql("select * from inkoop.deelname where doorverwijzing_id = ? and product_id = ?")
			.params(doorverwijzingId, productId)
			.query(InkoopStore::deelname)
			.optional();
	}

	Optional<Deelname> deelname(UUID id) {
		return jdbc.sql("select * from inkoop.deelname where id = ?").param(id).query(InkoopStore::deelname).optional();
	}

	/** Participations of a provider's referrals, with their sums. */
	List<Summary> summariesOfReferrals(Collection<UUID> doorverwijzingIds) {
		if (doorverwijzingIds.isEmpty()) {
			return List.of();
		}
		return summaries("d.doorverwijzing_id = any(?)", doorverwijzingIds.toArray(UUID[]::new));
	}

	List<Summary> summariesOfHousehold(UUID householdId) {
		return summaries("d.household_id = ?", householdId);
	}

	private List<Summary> summaries(String where, Object param) {
		return jdbc.sql("""
				select d.*, coalesce(a.aanwezig, 0) as s_aanwezig, coalesce(a.afwezig, 0) as s_afwezig,
				       coalesce(a.uren, 0) as s_uren, coalesce(a.workshops, 0) as s_workshops, a.laatste, k.kosten
				from inkoop.deelname d
				join inkoop.deelname_kosten k on k.deelname_id = d.id
				left join (select deelname_id, sum(aanwezig) as aanwezig, sum(afwezig) as afwezig, sum(uren) as uren,
				                  sum(aanwezig) filter (where soort = 'WORKSHOP') as workshops, max(datum) as laatste
				           from inkoop.aanwezigheid group by deelname_id) a on a.deelname_id = d.id
				where %s order by d.gestart_op desc""".formatted(where))
			.param(param)
			.query((rs, n) -> new Summary(deelname(rs, n), rs.getInt("s_aanwezig"), rs.getInt("s_afwezig"),
					rs.getBigDecimal("s_uren"), rs.getInt("s_workshops"), rs.getObject("laatste", LocalDate.class),
					rs.getBigDecimal("kosten")))
			.list();
	}

	private static Deelname deelname(ResultSet rs, int n) throws SQLException {
		String einde = rs.getString("einde");
		return new Deelname(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("organisatie_id", UUID.class), rs.getObject("doorverwijzing_id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class),
				new GemeenteCode(rs.getString("gemeente")), rs.getObject("gestart_op", LocalDate.class),
				einde == null ? null : Deelname.Einde.valueOf(einde), rs.getObject("geeindigd_op", LocalDate.class),
				rs.getString("einde_reden"));
	}

	// Reports

	void insert(Deelname d, Aanwezigheid a, UUID by, Instant at) {
		jdbc.sql(
				"""
						insert into inkoop.aanwezigheid (id, deelname_id, gemeente, datum, soort, thema, aanwezig, afwezig, uren,
						gemeld_door, gemeld_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), d.id(), d.gemeente().value(), a.datum(), a.soort().name(),
					a.thema() == null ? null : a.thema().name(), a.aanwezig(), a.afwezig(), a.uren(), by,
					Timestamp.from(at))
			.update();
	}

	void insert(Deelname d, Resultaat r, UUID by, Instant at) {
		jdbc.sql(
				"""
						insert into inkoop.resultaat (id, deelname_id, gemeente, datum, soort, behaald, toelichting, gemeld_door,
						gemeld_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), d.id(), d.gemeente().value(), r.datum(), r.soort().name(), r.behaald(),
					r.toelichting(), by, Timestamp.from(at))
			.update();
	}

	boolean reported(UUID deelnameId, Aanwezigheid a) {
		return jdbc.sql("""
				select exists (select 1 from inkoop.aanwezigheid where deelname_id = ? and datum = ? and soort = ?
				and coalesce(thema, '') = ?)""")
			.params(deelnameId, a.datum(), a.soort().name(), a.thema() == null ? "" : a.thema().name())
			.query(Boolean.class)
			.single();
	}

	void startNoLaterThan(UUID deelnameId, LocalDate day) {
		jdbc.sql("update inkoop.deelname set gestart_op = least(gestart_op, ?) where id = ?")
			.params(day, deelnameId)
			.update();
	}

	List<Aanwezigheid> attendance(UUID deelnameId) {
		return jdbc.sql("""
				select datum, soort, thema, aanwezig, afwezig, uren from inkoop.aanwezigheid where deelname_id = ?
				order by datum desc, gemeld_op desc limit 200""")
			.param(deelnameId)
			.query((rs, n) -> new Aanwezigheid(rs.getObject(1, LocalDate.class),
					Aanwezigheid.Soort.valueOf(rs.getString(2)),
					rs.getString(3) == null ? null : Aanwezigheid.Workshopthema.valueOf(rs.getString(3)), rs.getInt(4),
					rs.getInt(5), rs.getBigDecimal(6)))
			.list();
	}

	List<Resultaat> results(UUID deelnameId) {
		return jdbc.sql("""
				select datum, soort, behaald, toelichting from inkoop.resultaat where deelname_id = ?
				order by datum desc, gemeld_op desc limit 200""")
			.param(deelnameId)
			.query((rs, n) -> new Resultaat(rs.getObject(1, LocalDate.class), Resultaat.Soort.valueOf(rs.getString(2)),
					(Boolean) rs.getObject(3), rs.getString(4)))
			.list();
	}

	// Costs

	List<Costs.ProviderFigures> providerFigures(String[] gemeenten) {
		return jdbc.sql("""
				select k.gemeente, k.organisatie_id, count(distinct k.person_id), sum(k.kosten),
				       coalesce(sum(a.aanwezig), 0), coalesce(sum(a.afwezig), 0),
				       coalesce(sum(r.passed), 0), coalesce(sum(r.failed), 0)
				from inkoop.deelname_kosten k
				left join (select deelname_id, sum(aanwezig) as aanwezig, sum(afwezig) as afwezig
				           from inkoop.aanwezigheid group by deelname_id) a on a.deelname_id = k.deelname_id
				left join (select deelname_id, count(*) filter (where behaald) as passed,
				                  count(*) filter (where not behaald) as failed
				           from inkoop.resultaat group by deelname_id) r on r.deelname_id = k.deelname_id
				where k.gemeente = any(?)
				group by k.gemeente, k.organisatie_id""")
			.param(gemeenten)
			.query((rs, n) -> new Costs.ProviderFigures(new GemeenteCode(rs.getString(1)), rs.getObject(2, UUID.class),
					rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
	}

}
