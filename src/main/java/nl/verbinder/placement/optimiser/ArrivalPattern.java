package nl.verbinder.placement.optimiser;

import java.util.Locale;

/**
 * How the households of a half year arrive over its 26 weeks (the weeks they get their
 * permit): the relative volume per week. The planner knows the pattern (the forecast),
 * not the households.
 */
public enum ArrivalPattern {

	/** The same volume every week. */
	FLAT,

	/**
	 * A seasonal peak: the volume rises to about three times the quiet weeks around week
	 * 13 (the summer crossings reaching the permit stage).
	 */
	SEASONAL,

	/** Quiet for 18 weeks, then a surge of three times the volume in the last 8. */
	LATE_SURGE;

	/** Weeks in a half year. */
	public static final int WEEKS = 26;

	/** Relative volume of each week (positive, summing to 1). */
	public double[] shares() {
		double[] w = new double[WEEKS];
		double sum = 0;
		for (int t = 0; t < WEEKS; t++) {
			w[t] = switch (this) {
				case FLAT -> 1;
				case SEASONAL -> 1 + 1.0 * Math.exp(-Math.pow((t - 12.5) / 4.0, 2)) * 2;
				case LATE_SURGE -> t < 18 ? 1 : 3;
			};
			sum += w[t];
		}
		for (int t = 0; t < WEEKS; t++) {
			w[t] /= sum;
		}
		return w;
	}

	/** The command line's name: {@code flat}, {@code seasonal}, {@code late-surge}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static ArrivalPattern of(String label) {
		for (ArrivalPattern p : values()) {
			if (p.label().equals(label)) {
				return p;
			}
		}
		throw new IllegalArgumentException("unknown arrival pattern " + label + " (flat, seasonal, late-surge)");
	}

}
