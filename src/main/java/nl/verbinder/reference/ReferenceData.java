package nl.verbinder.reference;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference module's API: read-only lookups over municipalities, regions, languages,
 * countries and occupations. Everything is held in memory after start-up (a few MB), so
 * every lookup is a map or array access; distances between municipalities come from a
 * precomputed matrix.
 */
@Service
public class ReferenceData {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private final List<Provincie> provincies;

	private final Map<String, Arbeidsmarktregio> arbeidsmarktregios;

	private final List<Gemeente> gemeenten;

	private final Map<GemeenteCode, Integer> gemeenteIndex = new HashMap<>();

	private final float[][] distances;

	private final Map<String, Taal> talen;

	private final Map<String, Land> landen;

	private final Map<String, IscoGroup> iscoGroups;

	private final Map<String, Occupation> occupations;

	private final OccupationIndex occupationIndex;

	ReferenceData(JdbcClient jdbc, ReferenceDataImporter importer) {
		this.provincies = jdbc.sql("select code, naam from reference.provincie order by naam")
			.query((rs, n) -> new Provincie(rs.getString("code"), rs.getString("naam")))
			.list();
		this.gemeenten = jdbc.sql("""
				select code, naam, naam_alt, provincie_code, arbeidsmarktregio_code, label_lat, label_lon, inwoners,
				       buurgemeenten
				from reference.gemeente order by naam""").query((rs, n) -> gemeente(rs)).list();
		for (int i = 0; i < gemeenten.size(); i++) {
			gemeenteIndex.put(gemeenten.get(i).code(), i);
		}
		this.distances = distanceMatrix(gemeenten);
		Map<String, List<GemeenteCode>> members = gemeenten.stream()
			.collect(Collectors.groupingBy(Gemeente::arbeidsmarktregioCode,
					Collectors.mapping(Gemeente::code, Collectors.toList())));
		this.arbeidsmarktregios = jdbc.sql("select code, naam from reference.arbeidsmarktregio order by naam")
			.query((rs, n) -> new Arbeidsmarktregio(rs.getString("code"), rs.getString("naam"),
					List.copyOf(members.getOrDefault(rs.getString("code"), List.of()))))
			.list()
			.stream()
			.collect(Collectors.toMap(Arbeidsmarktregio::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.talen = jdbc.sql("""
				select code, iso639_3, coalesce(display_nl, name_nl) as name_nl, name_en, autonym, direction, newcomer
				from reference.taal order by name_nl""")
			.query((rs, n) -> new Taal(new TaalCode(rs.getString("code")), rs.getString("iso639_3"),
					rs.getString("name_nl"), rs.getString("name_en"), rs.getString("autonym"),
					"rtl".equals(rs.getString("direction")), rs.getBoolean("newcomer")))
			.list()
			.stream()
			.collect(Collectors.toMap(t -> t.code().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
		JsonMapper json = JsonMapper.builder().build();
		this.landen = jdbc
			.sql("select alpha2, alpha3, name_nl, name_en, names::text as names from reference.land order by name_nl")
			.query((rs, n) -> new Land(rs.getString("alpha2"), rs.getString("alpha3"), rs.getString("name_nl"),
					rs.getString("name_en"),
					Map.copyOf(json.readValue(rs.getString("names"), new TypeReference<Map<String, String>>() {
					}))))
			.list()
			.stream()
			.collect(Collectors.toMap(Land::alpha2, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.iscoGroups = jdbc
			.sql("select code, level, parent_code, label_nl, label_en from reference.isco_group order by code")
			.query((rs, n) -> new IscoGroup(rs.getString("code"), rs.getInt("level"), rs.getString("parent_code"),
					rs.getString("label_nl"), rs.getString("label_en")))
			.list()
			.stream()
			.collect(Collectors.toMap(IscoGroup::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.occupations = jdbc.sql("""
				select esco_uri, esco_code, isco_code, label_nl, label_en, label_ar, label_uk, label_fr, alt_labels_nl,
				       alt_labels_en, eu_regulated
				from reference.occupation order by esco_code""")
			.query((rs, n) -> new Occupation(rs.getString("esco_uri"), rs.getString("esco_code"),
					rs.getString("isco_code"), rs.getString("label_nl"), rs.getString("label_en"),
					rs.getString("label_ar"), rs.getString("label_uk"), rs.getString("label_fr"),
					strings(rs.getArray("alt_labels_nl")), strings(rs.getArray("alt_labels_en")),
					rs.getBoolean("eu_regulated")))
			.list()
			.stream()
			.collect(Collectors.toMap(Occupation::escoUri, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.occupationIndex = new OccupationIndex(List.copyOf(occupations.values()));
	}

	// --- municipalities and regions

	public List<Gemeente> gemeenten() {
		return gemeenten;
	}

	public Optional<Gemeente> gemeente(GemeenteCode code) {
		Integer index = gemeenteIndex.get(code);
		return index == null ? Optional.empty() : Optional.of(gemeenten.get(index));
	}

	public Gemeente requireGemeente(GemeenteCode code) {
		return gemeente(code).orElseThrow(() -> new RuleViolation("rule.gemeente.unknown", code.value()));
	}

	public boolean exists(GemeenteCode code) {
		return gemeenteIndex.containsKey(code);
	}

	/**
	 * Great-circle distance in km between the label points of two municipalities (0 for
	 * the same).
	 */
	public double distanceKm(GemeenteCode from, GemeenteCode to) {
		Integer a = gemeenteIndex.get(from);
		Integer b = gemeenteIndex.get(to);
		if (a == null || b == null) {
			throw new RuleViolation("rule.gemeente.unknown", (a == null ? from : to).value());
		}
		return distances[a][b];
	}

	/**
	 * Municipalities within {@code km} of {@code from}, nearest first (including
	 * {@code from} itself).
	 */
	public List<Gemeente> within(GemeenteCode from, double km) {
		int a = gemeenteIndex.getOrDefault(from, -1);
		if (a < 0) {
			throw new RuleViolation("rule.gemeente.unknown", from.value());
		}
		List<Integer> near = new ArrayList<>();
		for (int b = 0; b < gemeenten.size(); b++) {
			if (distances[a][b] <= km) {
				near.add(b);
			}
		}
		near.sort(Comparator.comparingDouble(b -> distances[a][b]));
		return near.stream().map(gemeenten::get).toList();
	}

	public List<Provincie> provincies() {
		return provincies;
	}

	public List<Arbeidsmarktregio> arbeidsmarktregios() {
		return List.copyOf(arbeidsmarktregios.values());
	}

	public Optional<Arbeidsmarktregio> arbeidsmarktregio(String code) {
		return Optional.ofNullable(arbeidsmarktregios.get(code));
	}

	public Arbeidsmarktregio arbeidsmarktregioOf(GemeenteCode gemeente) {
		return arbeidsmarktregios.get(requireGemeente(gemeente).arbeidsmarktregioCode());
	}

	// --- languages and countries

	public List<Taal> talen() {
		return List.copyOf(talen.values());
	}

	/** The curated shortlist of languages newcomers commonly speak. */
	public List<Taal> newcomerTalen() {
		return talen.values().stream().filter(Taal::newcomer).toList();
	}

	public Optional<Taal> taal(TaalCode code) {
		return Optional.ofNullable(talen.get(code.value()));
	}

	public List<Land> landen() {
		return List.copyOf(landen.values());
	}

	/** The countries sorted by their name in {@code locale}, for choice lists. */
	public List<Land> landen(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return landen().stream().sorted(Comparator.comparing((Land l) -> l.name(locale), collator)).toList();
	}

	public Optional<Land> land(String alpha2) {
		return Optional.ofNullable(landen.get(alpha2.toUpperCase(Locale.ROOT)));
	}

	// --- occupations

	public int occupationCount() {
		return occupations.size();
	}

	public Optional<Occupation> occupation(String escoUri) {
		return Optional.ofNullable(occupations.get(escoUri));
	}

	/**
	 * Occupations whose label in any loaded language (or an alternative label) equals
	 * {@code label}.
	 */
	public List<Occupation> occupationsByLabel(String label) {
		return occupationIndex.byLabel(label);
	}

	/**
	 * Prefix search over occupation labels in every loaded language, best matches first.
	 */
	public List<Occupation> searchOccupations(String prefix, int limit) {
		return occupationIndex.search(prefix, limit);
	}

	public Optional<IscoGroup> iscoGroup(String code) {
		return Optional.ofNullable(iscoGroups.get(code));
	}

	/** The ISCO-08 groups from the unit group {@code code} up to its major group. */
	public List<IscoGroup> iscoLineage(String code) {
		List<IscoGroup> lineage = new ArrayList<>();
		IscoGroup group = iscoGroups.get(code);
		while (group != null) {
			lineage.add(group);
			group = group.parentCode() == null ? null : iscoGroups.get(group.parentCode());
		}
		return lineage;
	}

	// --- helpers

	private static Gemeente gemeente(ResultSet rs) throws SQLException {
		Integer inwoners = rs.getObject("inwoners") == null ? null : rs.getInt("inwoners");
		return new Gemeente(new GemeenteCode(rs.getString("code")), rs.getString("naam"), rs.getString("naam_alt"),
				rs.getString("provincie_code"), rs.getString("arbeidsmarktregio_code"), rs.getDouble("label_lat"),
				rs.getDouble("label_lon"), inwoners,
				strings(rs.getArray("buurgemeenten")).stream().map(GemeenteCode::new).toList());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static float[][] distanceMatrix(List<Gemeente> gemeenten) {
		int n = gemeenten.size();
		float[][] matrix = new float[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				Gemeente a = gemeenten.get(i);
				Gemeente b = gemeenten.get(j);
				float d = (float) haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
				matrix[i][j] = d;
				matrix[j][i] = d;
			}
		}
		return matrix;
	}

}
