package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import java.util.stream.IntStream;

/** A contact moment as shown in the household's timeline and returned by the API. */
public record ContactView(UUID id, LocalDate datum, String kanaal, List<String> aanwezigen, String vertolking,
		@Nullable String taal, String samenvatting, List<AfspraakView> afspraken, long versie) {

	public record AfspraakView(int nummer, String omschrijving, LocalDate deadline,
			@JsonProperty("afgerondOp") @Nullable LocalDate completedOn, @JsonProperty("achterstallig") boolean overdue,
			AfspraakSoort soort) {
	}

	static ContactView of(Contactmoment c, LocalDate today) {
		var afspraken = c.afspraken();
		return new ContactView(c.id(), c.datum(), c.kanaal().name(), c.aanwezigen(), c.vertolking().name(), c.taal(),
				c.samenvatting(), IntStream.range(0, afspraken.size()).mapToObj(i -> {
					var a = afspraken.get(i);
					return new AfspraakView(i, a.omschrijving(), a.deadline(), a.completedOn(),
							a.open() && a.deadline().isBefore(today), a.soort());
				}).toList(), c.version());
	}
}
