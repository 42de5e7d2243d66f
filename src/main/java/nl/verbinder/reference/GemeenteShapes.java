package nl.verbinder.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipalities' simplified boundaries (CBS/PDOK 2024, CC BY 4.0) as SVG paths, for
 * maps drawn on the server: longitude scaled by cos(52.2°) so that the country keeps its
 * shape, north up. Loaded once.
 */
@Component
public class GemeenteShapes {

	private static final double LON0 = 3.2;

	private static final double LAT0 = 53.7;

	private static final double KX = Math.cos(Math.toRadians(52.2));

	private static final double SCALE = 200; // viewBox units per degree of latitude

	private final Map<String, String> paths;

	private final String viewBox;

	GemeenteShapes() {
		this("reference/gemeenten_2024.geojson");
	}

	GemeenteShapes(String resource) {
		JsonNode root;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
		Map<String, String> shapes = new LinkedHashMap<>();
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (JsonNode feature : root.get("features")) {
			String code = feature.get("properties").get("gm_code").asString();
			JsonNode geometry = feature.get("geometry");
			StringBuilder path = new StringBuilder();
			if (geometry.get("type").asString().equals("Polygon")) {
				polygon(geometry.get("coordinates"), path, bounds);
			}
			else {
				for (JsonNode polygon : geometry.get("coordinates")) {
					polygon(polygon, path, bounds);
				}
			}
			shapes.put(code, path.toString().strip());
		}
		this.paths = Collections.unmodifiableMap(shapes);
		this.viewBox = String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f", Math.floor(bounds[0]) - 2,
				Math.floor(bounds[1]) - 2, Math.ceil(bounds[2] - bounds[0]) + 4, Math.ceil(bounds[3] - bounds[1]) + 4);
	}

	private static void polygon(JsonNode rings, StringBuilder path, double[] bounds) {
		for (JsonNode ring : rings) {
			boolean first = true;
			for (JsonNode point : ring) {
				double x = (point.get(0).asDouble() - LON0) * KX * SCALE;
				double y = (LAT0 - point.get(1).asDouble()) * SCALE;
				bounds[0] = Math.min(bounds[0], x);
				bounds[1] = Math.min(bounds[1], y);
				bounds[2] = Math.max(bounds[2], x);
				bounds[3] = Math.max(bounds[3], y);
				path.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
				first = false;
			}
			path.append('Z');
		}
	}

	/** The SVG path of a municipality ("" for an unknown code). */
	public String path(String gemeenteCode) {
		return paths.getOrDefault(gemeenteCode, "");
	}

	/** Every municipality's path, by CBS code. */
	public Map<String, String> paths() {
		return paths;
	}

	/** The viewBox that holds the whole country. */
	public String viewBox() {
		return viewBox;
	}

}
