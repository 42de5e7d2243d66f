package nl.verbinder.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.reference.Occupation;
import nl.verbinder.shared.GemeenteCode;

/**
 * The reference files the benchmarks generate data from: the municipalities with their label points and
 * inhabitants (and the matrix of great-circle distances between them, as {@code ReferenceData} keeps it, so
 * a distance is two map lookups and an array access) and the ESCO occupations with their ISCO-08 codes.
 */
final class ReferenceFiles {

	/** A municipality's code and inhabitants. */
	record Place(GemeenteCode code, int inwoners) {
	}

	final List<Place> places = new ArrayList<>();
	final List<Occupation> occupations = new ArrayList<>();
	final Map<String, Occupation> occupationsByUri = new HashMap<>();
	private final Map<GemeenteCode, Integer> index = new HashMap<>();
	private final double[][] matrix;

	ReferenceFiles() {
		List<double[]> points = new ArrayList<>();
		List<List<String>> gemeenten = read("/reference/gemeenten.csv");
		List<String> header = gemeenten.getFirst();
		int code = header.indexOf("gm_code");
		int lat = header.indexOf("label_lat");
		int lon = header.indexOf("label_lon");
		int inwoners = header.indexOf("inwoners");
		List<List<String>> rows = new ArrayList<>(gemeenten.subList(1, gemeenten.size()));
		rows.sort(Comparator.comparing(row -> row.get(code)));
		for (List<String> row : rows) {
			GemeenteCode gemeente = new GemeenteCode(row.get(code));
			index.put(gemeente, places.size());
			places.add(new Place(gemeente, Integer.parseInt(row.get(inwoners))));
			points.add(new double[] { Double.parseDouble(row.get(lat)), Double.parseDouble(row.get(lon)) });
		}
		matrix = new double[places.size()][places.size()];
		for (int a = 0; a < places.size(); a++) {
			for (int b = 0; b < places.size(); b++) {
				matrix[a][b] = haversine(points.get(a), points.get(b));
			}
		}
		List<List<String>> escos = read("/reference/esco_occupations.csv");
		List<String> columns = escos.getFirst();
		int uri = columns.indexOf("esco_uri");
		int escoCode = columns.indexOf("esco_code");
		int isco = columns.indexOf("isco_code");
		int labelNl = columns.indexOf("label_nl");
		int labelEn = columns.indexOf("label_en");
		for (List<String> row : escos.subList(1, escos.size())) {
			Occupation occupation = new Occupation(row.get(uri), row.get(escoCode), row.get(isco), row.get(labelNl),
					row.get(labelEn), null, null, null, List.of(), List.of(), false);
			occupations.add(occupation);
			occupationsByUri.put(occupation.escoUri(), occupation);
		}
	}

	double km(GemeenteCode from, GemeenteCode to) {
		return matrix[index.get(from)][index.get(to)];
	}

	private static double haversine(double[] a, double[] b) {
		double dLat = Math.toRadians(b[0] - a[0]);
		double dLon = Math.toRadians(b[1] - a[1]);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
	}

	private static List<List<String>> read(String resource) {
		try (Reader in = new BufferedReader(
				new InputStreamReader(ReferenceFiles.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			return parse(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; blank lines are skipped. */
	private static List<List<String>> parse(Reader in) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int c; (c = in.read()) != -1;) {
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					if (in.read() == '"') {
						field.append('"');
					}
					else {
						in.reset();
						quoted = false;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				if (record.size() > 1 || !record.getFirst().isEmpty()) {
					records.add(record);
				}
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		if (!records.isEmpty()) {
			records.getFirst().set(0, records.getFirst().getFirst().replace("\uFEFF", ""));
		}
		return records;
	}
}
