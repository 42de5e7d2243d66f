package nl.verbinder.inburgering;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The civic integration law that applies to a person, decided by the date of the
 * residence permit: the Wet inburgering 2021 from 1 January 2022, the Wet inburgering
 * (2013) before. Only the 2021 regime has the municipal broad intake and the PIP.
 */
public enum Regime {

	/**
	 * Wet inburgering 2021: the municipality directs, with broad intake, PIP and learning
	 * route.
	 */
	WI2021,
	/** Wet inburgering (2013 regime): the person arranges their own course; no PIP. */
	WI2013,
	/** No permit date known (yet), or not obliged: nothing decided. */
	ONBEKEND;

	static final LocalDate WI2021_IN_FORCE = LocalDate.of(2022, 1, 1);

	public static Regime forPermitDate(@Nullable LocalDate permitDate) {
		if (permitDate == null) {
			return ONBEKEND;
		}
		return permitDate.isBefore(WI2021_IN_FORCE) ? WI2013 : WI2021;
	}

	public boolean hasPip() {
		return this == WI2021;
	}

}
