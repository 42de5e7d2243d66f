package nl.verbinder.inburgering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Where a person went on to from a day on (uitstroom): paid work with its hours a week
 * and how it compares with their former work, education, volunteer work, or none for now.
 * Never changed: a later situation is recorded as a new one, so the history tells where
 * someone was at any day.
 *
 * @param hoursPerWeek for work only: 1 to {@value #MAX_HOURS}
 * @param werkniveau for work only
 * @param recordedBy the account that recorded it
 */
public record Uitstroom(UUID id, UUID personId, UitstroomSoort soort, LocalDate startDate,
		@Nullable Integer hoursPerWeek, @Nullable Werkniveau werkniveau, UUID recordedBy, Instant recordedAt) {

	public static final int MAX_HOURS = 60;

	public Uitstroom {
		if (soort == null) {
			throw new RuleViolation("rule.uitstroom.kind");
		}
		if (startDate == null) {
			throw new RuleViolation("rule.uitstroom.date");
		}
		if (soort == UitstroomSoort.WERK) {
			if (hoursPerWeek == null || hoursPerWeek < 1 || hoursPerWeek > MAX_HOURS) {
				throw new RuleViolation("rule.uitstroom.hours", 1, MAX_HOURS);
			}
			if (werkniveau == null) {
				throw new RuleViolation("rule.uitstroom.level");
			}
		}
		else if (hoursPerWeek != null || werkniveau != null) {
			throw new RuleViolation("rule.uitstroom.work-only");
		}
	}

	/**
	 * A new outflow of a person of a household that moved in on {@code arrivalDate}: it
	 * starts no earlier than that and no later than today.
	 */
	static Uitstroom record(UUID personId, UitstroomSoort soort, @Nullable LocalDate startDate,
			@Nullable Integer hoursPerWeek, @Nullable Werkniveau werkniveau, LocalDate arrivalDate, LocalDate today,
			UUID recordedBy, Instant now) {
		if (startDate != null && startDate.isAfter(today)) {
			throw new RuleViolation("rule.uitstroom.future");
		}
		if (startDate != null && startDate.isBefore(arrivalDate)) {
			throw new RuleViolation("rule.uitstroom.before-arrival", arrivalDate);
		}
		return new Uitstroom(UUID.randomUUID(), personId, soort, startDate, hoursPerWeek, werkniveau, recordedBy, now);
	}

	/** Paid work below the level of the person's former work. */
	public boolean underemployed() {
		return werkniveau == Werkniveau.LAGER;
	}

}
