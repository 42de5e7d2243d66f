package nl.verbinder.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a figures table: a count of persons, a percentage of persons or an amount
 * of money, or suppressed because it rests on fewer than {@link #MIN_PERSONS} persons
 * (small-number suppression, kleine-aantallenregel). A suppressed cell holds no number at
 * all, so no page, file or chart can show one.
 */
public record Cell(Kind kind, @Nullable BigDecimal value) {

	/** No figure from fewer than five persons. */
	public static final int MIN_PERSONS = 5;

	public enum Kind {

		COUNT, PERCENT, EURO

	}

	/** A count of persons: suppressed below five (zero too: "none" is a small number). */
	public static Cell count(long persons) {
		return new Cell(Kind.COUNT, persons >= MIN_PERSONS ? BigDecimal.valueOf(persons) : null);
	}

	/**
	 * A share of persons: suppressed when either the persons counted or the persons it is
	 * a share of are fewer than five.
	 */
	public static Cell percent(long persons, long ofPersons) {
		if (persons < MIN_PERSONS || ofPersons < MIN_PERSONS) {
			return new Cell(Kind.PERCENT, null);
		}
		return new Cell(Kind.PERCENT,
				BigDecimal.valueOf(persons * 100).divide(BigDecimal.valueOf(ofPersons), 0, RoundingMode.HALF_UP));
	}

	/**
	 * The shares of the parts of one group, where every person is in exactly one part:
	 * each as {@link #percent}, and when that hides exactly one part, the smallest other
	 * part too. Otherwise the group's count and the parts shown would give the hidden one
	 * away by subtraction (secondary suppression).
	 */
	public static List<Cell> shares(long ofPersons, long... parts) {
		return sharesOf(ofPersons, parts, ofPersons, parts);
	}

	/**
	 * The shares of the parts of a whole that is not itself persons (pieces of advice),
	 * each part made by {@code partPersons} persons of the {@code persons} who made the
	 * whole: suppressed like {@link #shares}, on the persons and not on the things, since
	 * five pieces of advice from two authors are two persons speaking.
	 */
	public static List<Cell> sharesOf(long whole, long[] parts, long persons, long[] partPersons) {
		if (parts.length != partPersons.length) {
			throw new IllegalArgumentException("every part needs its persons");
		}
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			cells.add(persons < MIN_PERSONS || partPersons[i] < MIN_PERSONS || whole == 0 ? new Cell(Kind.PERCENT, null)
					: new Cell(Kind.PERCENT, BigDecimal.valueOf(parts[i] * 100)
						.divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)));
		}
		if (cells.stream().filter(Cell::suppressed).count() == 1) {
			int smallest = -1;
			for (int i = 0; i < parts.length; i++) {
				if (!cells.get(i).suppressed() && (smallest < 0 || parts[i] < parts[smallest])) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				cells.set(smallest, new Cell(Kind.PERCENT, null));
			}
		}
		return List.copyOf(cells);
	}

	/**
	 * A count of things (pieces of advice) made by {@code persons}: suppressed below five
	 * persons.
	 */
	public static Cell countOf(long things, long persons) {
		return new Cell(Kind.COUNT, persons >= MIN_PERSONS ? BigDecimal.valueOf(things) : null);
	}

	/** A share of something other than persons (lessons), of a group of persons. */
	public static Cell percentOf(long part, long whole, long persons) {
		if (persons < MIN_PERSONS || whole == 0) {
			return new Cell(Kind.PERCENT, null);
		}
		return new Cell(Kind.PERCENT,
				BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP));
	}

	/** An amount of a group of persons: suppressed when they are fewer than five. */
	public static Cell euro(BigDecimal amount, long persons) {
		return new Cell(Kind.EURO, persons >= MIN_PERSONS ? amount.setScale(0, RoundingMode.HALF_UP) : null);
	}

	public boolean suppressed() {
		return value == null;
	}

	/** The number as a chart needs it, 0 when suppressed. */
	public double number() {
		return value == null ? 0 : value.doubleValue();
	}

}
