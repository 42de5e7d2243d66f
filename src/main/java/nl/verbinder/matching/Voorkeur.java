package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.shared.RuleViolation;

/**
 * What a person wants, for matching, beyond their profile: interests (as tags), hours a
 * week, the days they are free (none: any day) and how far they can travel.
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
			throw new RuleViolation("rule.preference.interests", 20, 40);
		}
		if (urenPerWeek < 1 || urenPerWeek > 60) {
			throw new RuleViolation("rule.preference.hours", 1, 60);
		}
		if (reisafstandKm < 0 || reisafstandKm > 200) {
			throw new RuleViolation("rule.preference.travel-range", 0, 200);
		}
		dagen = Set.copyOf(dagen);
	}
}
