package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity offered by an organisation: volunteering, sport, a buddy, training, an
 * internship or a job.
 *
 * @param days the days it takes place; empty means flexible
 * @param capacity the number of places
 * @param occupation the ESCO occupation URI it is about or leads to (jobs, internships,
 * training), if any
 * @param orientation further ESCO occupation URIs of a training that orients on several
 * occupations
 * @param tags interest tags, lower case ("sport", "zorg", "techniek", ...)
 * @param offers what it offers, in words
 */
public record Kans(UUID id, Soort soort, UUID organisationId, String title, GemeenteCode location, int hoursPerWeek,
		Set<DayOfWeek> days, int capacity, LanguageLevel requiredDutch, @Nullable String occupation,
		List<String> orientation, Set<String> tags, String offers) {

	/** The kinds of opportunity. */
	public enum Soort {

		VRIJWILLIGERSWERK, SPORT, BUDDY,
		/**
		 * Vocational training, including routes toward recognition of a foreign diploma.
		 */
		OPLEIDING, STAGE, BAAN

	}

	public Kans {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(soort, "soort");
		Objects.requireNonNull(organisationId, "organisationId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(requiredDutch, "requiredDutch");
		if (hoursPerWeek < 0 || capacity < 0) {
			throw new IllegalArgumentException(
					"Hours and capacity cannot be negative: " + hoursPerWeek + ", " + capacity);
		}
		days = Days.of(days);
		orientation = List.copyOf(orientation);
		tags = tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		offers = offers == null ? "" : offers;
	}
}
