package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set of days held as bits, so that matching reads the days of a pair
 * without iterating.
 */
final class Days extends AbstractSet<DayOfWeek> {

	private static final DayOfWeek[] DAYS = DayOfWeek.values();

	private static final Days NONE = new Days(0);

	private final int bits;

	private Days(int bits) {
		this.bits = bits;
	}

	static Days of(Set<DayOfWeek> days) {
		if (days instanceof Days already) {
			return already;
		}
		int bits = 0;
		for (DayOfWeek day : days) {
			bits |= 1 << day.ordinal();
		}
		return bits == 0 ? NONE : new Days(bits);
	}

	/** The bits of a set of days by ordinal; 0 for none. */
	static int bits(Set<DayOfWeek> days) {
		return days instanceof Days d ? d.bits : of(days).bits;
	}

	@Override
	public boolean contains(Object o) {
		return o instanceof DayOfWeek day && (bits & 1 << day.ordinal()) != 0;
	}

	@Override
	public int size() {
		return Integer.bitCount(bits);
	}

	@Override
	public boolean isEmpty() {
		return bits == 0;
	}

	@Override
	public Iterator<DayOfWeek> iterator() {
		return new Iterator<>() {

			private int left = bits;

			@Override
			public boolean hasNext() {
				return left != 0;
			}

			@Override
			public DayOfWeek next() {
				if (left == 0) {
					throw new NoSuchElementException();
				}
				int ordinal = Integer.numberOfTrailingZeros(left);
				left &= left - 1;
				return DAYS[ordinal];
			}
		};
	}

}
