package nl.verbinder.inburgering;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened with a household: registered, an intake, a plan discussed or established, a
 * contact moment. {@code person} is the member it concerns, if one; {@code detail} a code (a learning
 * route, a channel) that the page turns into words.
 */
public record TimelineEntry(LocalDate date, Kind kind, @Nullable String person, @Nullable String detail) {

	public enum Kind {
		REGISTERED, INTAKE, PIP_DISCUSSED, PIP_ESTABLISHED, CONTACT
	}
}
