package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;

/** A PIP version was established (vastgesteld) as a decision: the first one, or a later change. */
public record PipEstablished(UUID pipId, UUID personId, String gemeente, int version, String leerroute,
		LocalDate establishedOn, LocalDate termEnd) {

	public boolean isChange() {
		return version > 1;
	}
}
