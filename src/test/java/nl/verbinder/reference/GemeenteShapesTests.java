package nl.verbinder.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The map's shapes: every municipality has one, and the country fits its view box the
 * right way up.
 */
class GemeenteShapesTests {

	private final GemeenteShapes shapes = new GemeenteShapes();

	@Test
	void everyMunicipalityHasAClosedPathInsideTheViewBox() {
		assertThat(shapes.paths()).hasSize(342);
		shapes.paths().forEach((code, path) -> assertThat(path).as(code).startsWith("M").endsWith("Z"));
		String[] box = shapes.viewBox().split(" ");
		double width = Double.parseDouble(box[2]);
		double height = Double.parseDouble(box[3]);
		// The Netherlands is taller than wide once longitude is scaled by cos(52°).
		assertThat(height).isGreaterThan(width).isLessThan(2 * width);
		assertThat(shapes.path("GM9999")).isEmpty();
	}

	@Test
	void groningenLiesNorthEastOfMaastricht() {
		double[] groningen = firstPoint(shapes.path("GM0014"));
		double[] maastricht = firstPoint(shapes.path("GM0935"));
		assertThat(groningen[0]).isGreaterThan(maastricht[0]);
		assertThat(groningen[1]).isLessThan(maastricht[1]);
	}

	private static double[] firstPoint(String path) {
		String[] xy = path.substring(1, path.indexOf('L')).split(" ");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

}
