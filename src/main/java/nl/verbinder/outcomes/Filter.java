package nl.verbinder.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * Which persons the figures are about: one municipality, one cohort (the first day of the
 * quarter they moved in) and one learning route ({@link #NO_ROUTE}: no plan yet), each or
 * all. A value that names nothing reads as "all", so no address can fail.
 */
record Filter(@Nullable GemeenteCode gemeente, @Nullable LocalDate cohort, @Nullable String route) {

	static final String NO_ROUTE = "GEEN";

	static final Filter ALL = new Filter(null, null, null);

	static Filter of(@Nullable String gemeente, @Nullable String cohort, @Nullable String route) {
		GemeenteCode g = null;
		if (gemeente != null && gemeente.matches("GM\\d{4}")) {
			g = new GemeenteCode(gemeente);
		}
		LocalDate c = null;
		try {
			c = cohort == null || cohort.isBlank() ? null : LocalDate.parse(cohort);
		}
		catch (DateTimeParseException e) {
			c = null;
		}
		String r = route != null && route.matches("B1|ONDERWIJS|Z|" + NO_ROUTE) ? route : null;
		return new Filter(g, c, r);
	}

	boolean covers(OutcomeFigures.Group group) {
		return (gemeente == null || gemeente.equals(group.gemeente()))
				&& (cohort == null || cohort.equals(group.cohort()))
				&& (route == null || route.equals(group.leerroute() == null ? NO_ROUTE : group.leerroute()));
	}

	Filter withoutGemeente() {
		return new Filter(null, cohort, route);
	}

}
