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

/**
 * What a person can and wants to do, as far as matching needs it.
 *
 * @param iscedLevel highest completed education, ISCED 2011 level 0 to 8
 * @param educationField the field of that education in words, may be empty
 * @param priorOccupations ESCO occupation URIs of earlier work
 * @param interests interest tags, lower case, as on {@link Kans#tags()}
 * @param days the days available; empty means flexible
 */
public record Talent(UUID personId, GemeenteCode home, int iscedLevel, String educationField,
		List<String> priorOccupations, Set<String> interests, int hoursPerWeek, Set<DayOfWeek> days,
		LanguageLevel dutch, int travelRangeKm) {

	public Talent {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(dutch, "dutch");
		if (iscedLevel < 0 || iscedLevel > 8) {
			throw new IllegalArgumentException("ISCED 2011 levels are 0 to 8: " + iscedLevel);
		}
		if (hoursPerWeek < 0 || travelRangeKm < 0) {
			throw new IllegalArgumentException(
					"Hours and travel range cannot be negative: " + hoursPerWeek + ", " + travelRangeKm);
		}
		educationField = educationField == null ? "" : educationField;
		priorOccupations = List.copyOf(priorOccupations);
		interests = interests.stream()
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		days = Days.of(days);
	}
}
