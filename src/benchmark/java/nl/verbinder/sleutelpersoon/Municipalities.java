package nl.verbinder.sleutelpersoon;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.shared.GemeenteCode;
import java.io.IOException;

/**
 * The municipalities' label points from the reference data and the matrix of great-circle distances
 * between them (as {@code ReferenceData} keeps it, so a distance is a lookup), for generated instances.
 */
final class Municipalities {

	private final Map<GemeenteCode, double[]> points = new HashMap<>();
	private final Map<GemeenteCode, Integer> index = new HashMap<>();
	private final double[][] matrix;

	Municipalities() {
		try (var in = new BufferedReader(new InputStreamReader(
				Municipalities.class.getResourceAsStream("/reference/gemeenten.csv"), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line; (line = in.readLine()) != null;) {
				String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas inside quotes stay
				points.put(new GemeenteCode(f[0]), new double[] { Double.parseDouble(f[12]), Double.parseDouble(f[13]) });
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<GemeenteCode> codes = points.keySet().stream().sorted(Comparator.comparing(GemeenteCode::value)).toList();
		matrix = new double[codes.size()][codes.size()];
		for (int i = 0; i < codes.size(); i++) {
			index.put(codes.get(i), i);
		}
		for (GemeenteCode a : codes) {
			for (GemeenteCode b : codes) {
				matrix[index.get(a)][index.get(b)] = haversine(points.get(a), points.get(b));
			}
		}
	}

	/** The municipalities within {@code radiusKm} of {@code centre} (all of them for 0), by code. */
	List<GemeenteCode> within(GemeenteCode centre, double radiusKm) {
		return points.keySet()
			.stream()
			.filter(g -> radiusKm == 0 || km(centre, g) <= radiusKm)
			.sorted(Comparator.comparing(GemeenteCode::value))
			.toList();
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
}
