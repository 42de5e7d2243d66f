package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person wants, for matching, beyond their profile: interests (as tags), hours a week, the days they
 * are free (none: any day) and how far they can travel.
 */
public record Voorkeur(Set<String> interesses, int urenPerWeek, Set<DayOfWeek> dagen, int reisafstandKm) {

	/** Until something is recorded: part time, any day, within a bus ride. */
	public static final Voorkeur DEFAULT = new Voorkeur(Set.of(), 16, Set.of(), 15);

	public Voorkeur {
		interesses = interesses.stream()
			.map(t -> t.strip().toLowerCase(Locale.ROOT))
			.filter(t -> !t.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		if (interesses.size() > 20 || interesses.stream().anyMatch(t -> t.length() > 40)) {
			throw new IllegalArgumentException("At most 20 interests of at most 40 characters each");
		}
		if (urenPerWeek < 1 || urenPerWeek > 60) {
			throw new IllegalArgumentException("Hours a week are 1 to 60");
		}
		if (reisafstandKm < 0 || reisafstandKm > 200) {
			throw new IllegalArgumentException("The travel range is 0 to 200 km");
		}
		dagen = Set.copyOf(dagen);
	}
}
