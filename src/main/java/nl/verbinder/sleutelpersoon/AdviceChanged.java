package nl.verbinder.sleutelpersoon;

import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * Advice was given, or the coordinator moved it on (a status, a response), about
 * {@code gemeente} ({@code null}: about no municipality in particular). Published in the
 * transaction that stored it; no text and no author, since the figures that listen count
 * advice and never read it.
 */
public record AdviceChanged(UUID adviceId, @Nullable GemeenteCode gemeente) {
}
