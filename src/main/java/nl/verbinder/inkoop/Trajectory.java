package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A participation as pages and the API show it: the provider and product by name, how it
 * went (lessons and workshops attended and missed, hours, the latest report), how it
 * ended, and what it cost so far; with the reports themselves where a page needs them.
 */
public record Trajectory(UUID deelnameId, UUID doorverwijzingId, UUID personId, UUID productId, String aanbieder,
		ProductSoort soort, String product, LocalDate gestartOp, Deelname.@Nullable Einde einde,
		@Nullable LocalDate geeindigdOp, @Nullable String eindeReden, int aanwezig, int afwezig, BigDecimal uren,
		int workshops, @Nullable LocalDate laatsteRapportage, BigDecimal kosten, List<Aanwezigheid> aanwezigheid,
		List<Resultaat> resultaten) {

	/**
	 * Attended as a share of attended and missed, in whole percents; null before any
	 * report.
	 */
	public @Nullable Integer aanwezigheidspercentage() {
		int total = aanwezig + afwezig;
		return total == 0 ? null : Math.round(100f * aanwezig / total);
	}

}
