package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/** A participation ended: completed, or stopped with the provider's reason. */
public record TrajectoryEnded(UUID deelnameId, UUID personId, UUID householdId, GemeenteCode gemeente,
		ProductSoort product, LocalDate datum, Deelname.Einde einde, @Nullable String reden, AccountId reportedBy) {
}
