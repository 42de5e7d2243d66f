package nl.verbinder.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.verbinder.shared.TaalCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the reference CSV files from {@code classpath:reference/} into the
 * {@code reference} schema. Each file is reloaded, in one transaction, only when its
 * SHA-256 differs from the one recorded at its last load, so a start-up with unchanged
 * files costs a handful of checksums.
 */
@Component
@DependsOnDatabaseInitialization
class ReferenceDataImporter {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

	private static final Set<String> COUNTRY_NAME_LANGUAGES = Set.of("nl", "en", "ar", "fa", "ps", "ti", "am", "so",
			"tr", "uk", "ru", "fr", "ckb", "ku");

	/**
	 * Raise when the way files are loaded changes, so that unchanged files are loaded
	 * again too.
	 */
	private static final String IMPORT_VERSION = "2";

	/** The advisory lock under which one node at a time imports reference data. */
	private static final long IMPORT_LOCK = 0x7265666572656e63L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	ReferenceDataImporter(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		importChanged();
	}

	/** Binds one row's values to the insert's parameters. */
	@FunctionalInterface
	private interface RowBinder {

		void bind(PreparedStatement ps, Csv.Row row) throws SQLException;

	}

	/** One file and how its rows are inserted. */
	private record Load(String file, String insert, RowBinder binder, Predicate<Csv.Row> accept) {

		Load(String file, String insert, RowBinder binder) {
			this(file, insert, binder, row -> true);
		}
	}

	/**
	 * A table and the files it is loaded from, in order; reloaded whole when any of them
	 * changes.
	 */
	private record Dataset(String table, List<Load> loads) {

		Dataset(String table, String file, String insert, RowBinder binder) {
			this(table, List.of(new Load(file, insert, binder)));
		}
	}

	private void importChanged() {
		for (Dataset dataset : datasets()) {
			Map<Load, byte[]> files = new LinkedHashMap<>();
			dataset.loads().forEach(load -> files.put(load, read(load.file())));
			String checksum = sha256(files.values());
			transactions.executeWithoutResult(status -> {
				// Nodes starting together import one after the other; a node that waited
				// finds the
				// data loaded and leaves it.
				jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, IMPORT_LOCK);
				String stored = jdbc.query("select checksum from reference.dataset where name = ?",
						rs -> rs.next() ? rs.getString(1) : null, dataset.table());
				if (checksum.equals(stored)) {
					return;
				}
				jdbc.update("delete from " + dataset.table());
				int count = 0;
				for (var file : files.entrySet()) {
					Load load = file.getKey();
					List<Csv.Row> rows = parse(file.getValue(), load.file()).stream().filter(load.accept()).toList();
					jdbc.batchUpdate(load.insert(), rows, 500, (ps, row) -> {
						try {
							load.binder().bind(ps, row);
						}
						catch (RuntimeException | SQLException e) {
							throw new IllegalStateException("Bad row in " + load.file() + ": " + row.cells(), e);
						}
					});
					count += rows.size();
				}
				jdbc.update("""
						insert into reference.dataset (name, checksum, rows, loaded_at) values (?, ?, ?, ?)
						on conflict (name) do update set checksum = excluded.checksum, rows = excluded.rows,
						  loaded_at = excluded.loaded_at""", dataset.table(), checksum, count, OffsetDateTime.now());
				log.info("Loaded {} rows of reference data into {}", count, dataset.table());
			});
		}
	}

	private List<Dataset> datasets() {
		return List.of(new Dataset("reference.provincie", "provincies.csv",
				"insert into reference.provincie (code, naam, inwoners) values (?, ?, ?)", (ps, r) -> {
					set(ps, 1, r.get("provincie_code"));
					set(ps, 2, r.get("provincie_naam"));
					setInt(ps, 3, r.optional("inwoners"));
				}),
				new Dataset("reference.arbeidsmarktregio", "arbeidsmarktregios.csv",
						"insert into reference.arbeidsmarktregio (code, naam, inwoners, lat, lon) values (?, ?, ?, ?, ?)",
						(ps, r) -> {
							set(ps, 1, r.get("arbeidsmarktregio_code"));
							set(ps, 2, r.get("arbeidsmarktregio_naam"));
							setInt(ps, 3, r.optional("inwoners"));
							setDouble(ps, 4, r.optional("centroid_lat"));
							setDouble(ps, 5, r.optional("centroid_lon"));
						}),
				new Dataset("reference.gemeente", "gemeenten.csv", """
						insert into reference.gemeente (code, naam, naam_alt, provincie_code, arbeidsmarktregio_code,
						  corop_code, corop_naam, centroid_lat, centroid_lon, label_lat, label_lon, inwoners,
						  oppervlakte_km2, bestuurscentrum, buurgemeenten)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, r) -> {
					set(ps, 1, r.get("gm_code"));
					set(ps, 2, r.get("gm_naam"));
					set(ps, 3, r.optional("gm_naam_alt"));
					set(ps, 4, r.get("provincie_code"));
					set(ps, 5, r.get("arbeidsmarktregio_code"));
					set(ps, 6, r.get("corop_code"));
					set(ps, 7, r.get("corop_naam"));
					setDouble(ps, 8, r.get("centroid_lat"));
					setDouble(ps, 9, r.get("centroid_lon"));
					setDouble(ps, 10, r.get("label_lat"));
					setDouble(ps, 11, r.get("label_lon"));
					setInt(ps, 12, r.optional("inwoners"));
					setDouble(ps, 13, r.optional("oppervlakte_km2"));
					set(ps, 14, r.optional("bestuurscentrum"));
					setArray(ps, 15, r.list("buurgemeenten"));
				}),
				new Dataset("reference.taal", List.of(
						new Load("languages.csv", """
								insert into reference.taal (code, iso639_1, iso639_3, name_nl, name_en, autonym)
								values (?, ?, ?, ?, ?, ?)""", ReferenceDataImporter::setLanguage,
								ReferenceDataImporter::isLanguageCode),
						// The newcomer shortlist refines rows of the CLDR list (or adds
						// the few CLDR lacks).
						new Load("languages_newcomers.csv",
								"""
										insert into reference.taal (code, iso639_1, iso639_3, name_nl, name_en, autonym, direction,
										  display_nl, newcomer)
										values (?, ?, ?, ?, ?, ?, ?, ?, true)
										on conflict (code) do update set iso639_3 = excluded.iso639_3, autonym = excluded.autonym,
										  direction = excluded.direction, display_nl = excluded.display_nl, newcomer = true""",
								(ps, r) -> {
									setLanguage(ps, r);
									set(ps, 7, r.get("direction"));
									set(ps, 8, r.optional("display_nl"));
								}))),
				new Dataset("reference.land", "countries.csv", """
						insert into reference.land (alpha2, alpha3, numeric, name_nl, name_en, names)
						values (?, ?, ?, ?, ?, cast(? as jsonb))""", (ps, r) -> {
					set(ps, 1, r.get("alpha2"));
					set(ps, 2, r.get("alpha3"));
					set(ps, 3, r.get("numeric"));
					set(ps, 4, r.get("name_nl"));
					set(ps, 5, r.get("name_en"));
					Map<String, String> names = COUNTRY_NAME_LANGUAGES.stream()
						.filter(l -> !r.get("name_" + l).isBlank())
						.collect(Collectors.toMap(l -> l, l -> r.get("name_" + l), (a, b) -> a, LinkedHashMap::new));
					set(ps, 6, json.writeValueAsString(names));
				}),
				new Dataset("reference.isco_group", "isco08_groups.csv",
						"""
								insert into reference.isco_group (code, level, parent_code, label_nl, label_en, label_fr, label_uk)
								values (?, ?, ?, ?, ?, ?, ?)""",
						(ps, r) -> {
							set(ps, 1, r.get("isco_code"));
							setInt(ps, 2, r.get("level"));
							set(ps, 3, r.optional("parent_code"));
							set(ps, 4, r.optional("label_nl"));
							set(ps, 5, r.get("label_en"));
							set(ps, 6, r.optional("label_fr"));
							set(ps, 7, r.optional("label_uk"));
						}),
				new Dataset("reference.occupation", "esco_occupations.csv", """
						insert into reference.occupation (esco_uri, esco_code, isco_code, label_nl, label_en, label_ar,
						  label_fr, label_uk, alt_labels_nl, alt_labels_en, eu_regulated)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (ps, r) -> {
					set(ps, 1, r.get("esco_uri"));
					set(ps, 2, r.get("esco_code"));
					set(ps, 3, r.get("isco_code"));
					set(ps, 4, r.get("label_nl"));
					set(ps, 5, r.get("label_en"));
					set(ps, 6, r.optional("label_ar"));
					set(ps, 7, r.optional("label_fr"));
					set(ps, 8, r.optional("label_uk"));
					setArray(ps, 9, r.list("alt_labels_nl"));
					setArray(ps, 10, r.list("alt_labels_en"));
					ps.setBoolean(11, "yes".equalsIgnoreCase(r.get("eu_regulated")));
				}));
	}

	/**
	 * CLDR lists a few display variants ("ku-menu-core") next to real language codes;
	 * those are skipped.
	 */
	private static boolean isLanguageCode(Csv.Row row) {
		try {
			new TaalCode(row.get("code"));
			return !row.get("code").contains("-menu-");
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static byte[] read(String name) {
		try (InputStream in = new ClassPathResource("reference/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Missing reference file " + name, e);
		}
	}

	private static List<Csv.Row> parse(byte[] bytes, String name) {
		try (var reader = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
			return Csv.read(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read reference file " + name, e);
		}
	}

	private static String sha256(Iterable<byte[]> contents) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(IMPORT_VERSION.getBytes(StandardCharsets.UTF_8));
			contents.forEach(digest::update);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The columns a language has in both lists: code, ISO codes, names and autonym. */
	private static void setLanguage(PreparedStatement ps, Csv.Row r) throws SQLException {
		set(ps, 1, r.get("code"));
		set(ps, 2, r.optional("iso639_1"));
		set(ps, 3, r.optional("iso639_3"));
		set(ps, 4, r.get("name_nl"));
		set(ps, 5, r.get("name_en"));
		set(ps, 6, r.optional("autonym"));
	}

	private static void set(PreparedStatement ps, int index, String value) throws SQLException {
		ps.setString(index, value);
	}

	private static void setInt(PreparedStatement ps, int index, String value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, Integer.parseInt(value.strip()));
		}
	}

	private static void setDouble(PreparedStatement ps, int index, String value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, Double.parseDouble(value.strip()));
		}
	}

	private static void setArray(PreparedStatement ps, int index, List<String> values) throws SQLException {
		Array array = ps.getConnection().createArrayOf("text", values.toArray());
		ps.setArray(index, array);
	}

}
