package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An established PIP was changed: a later version was established, replacing the one in
 * force.
 */
public record PipChanged(UUID pipId, UUID personId, String gemeente, int version, String previousLeerroute,
		String leerroute, LocalDate establishedOn, LocalDate termEnd) {
}
