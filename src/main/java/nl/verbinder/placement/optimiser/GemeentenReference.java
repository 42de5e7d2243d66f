package nl.verbinder.placement.optimiser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.HashMap;

/**
 * The 342 municipalities of {@code reference/gemeenten.csv}: code, name, inhabitants,
 * label point and labour-market region (arbeidsmarktregio, {@code AM01}…{@code AM35}).
 */
public final class GemeentenReference {

	/** One row of the reference file. */
	public record Row(String code, String name, long inwoners, double lat, double lon, String arbeidsmarktregio) {
	}

	private static volatile List<Row> rows;

	private GemeentenReference() {
	}

	/** All municipalities in the file's order. */
	public static List<Row> rows() {
		List<Row> r = rows;
		if (r == null) {
			r = read();
			rows = r;
		}
		return r;
	}

	/** The labour-market region of every municipality, by CBS code. */
	public static Map<String, String> regions() {
		return rows().stream().collect(Collectors.toMap(Row::code, Row::arbeidsmarktregio));
	}

	/** The set of known CBS codes. */
	public static Set<String> codes() {
		return rows().stream().map(Row::code).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static List<Row> read() {
		try (var in = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(GemeentenReference.class.getResourceAsStream("/reference/gemeenten.csv")),
				StandardCharsets.UTF_8))) {
			String[] header = split(in.readLine().replace("\uFEFF", ""));
			Map<String, Integer> col = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				col.put(header[i].strip(), i);
			}
			List<Row> result = new ArrayList<>();
			for (String line; (line = in.readLine()) != null;) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = split(line);
				result.add(new Row(f[col.get("gm_code")], unquote(f[col.get("gm_naam")]),
						Long.parseLong(f[col.get("inwoners")]), Double.parseDouble(f[col.get("label_lat")]),
						Double.parseDouble(f[col.get("label_lon")]), f[col.get("arbeidsmarktregio_code")]));
			}
			return List.copyOf(result);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String[] split(String line) {
		return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas inside
																	// quotes stay
	}

	private static String unquote(String s) {
		return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
				? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
	}

}
