package nl.verbinder.shared;

import java.time.ZoneId;

/**
 * The time zone of the region's municipalities. Times are stored as instants; whatever
 * shows a date or a time of day to a person, or cuts days and months, uses this zone and
 * never the server's default, which may be anything (often UTC).
 */
public final class DutchTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DutchTime() {
	}

}
