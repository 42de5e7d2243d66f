package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A PIP with all its versions, as shown and returned by the API; {@code versie} is for
 * optimistic locking.
 */
public record PipView(UUID pipId, @JsonProperty("persoonId") UUID personId, long versie, List<VersieView> versies) {

	public record VersieView(int nummer, Pip.Status status, String leerroute, String taalniveau,
			Set<Onderdeel> onderdelen, LocalDate termijnStart, LocalDate termijnEinde, Inburgeringstermijn.Fase fase,
			List<Inburgeringstermijn.Verlenging> verlengingen, List<PipInhoud.Doel> doelen,
			List<PipInhoud.Activiteit> activiteiten, @Nullable String duaalTraject,
			@JsonProperty("besprokenOp") @Nullable LocalDate discussedOn, @Nullable String visieNieuwkomer,
			@JsonProperty("vastgesteldOp") @Nullable LocalDate establishedOn) {
	}

	static PipView of(Pip pip, long rowVersion, LocalDate today) {
		return new PipView(pip.id(), pip.personId(), rowVersion, pip.versies().stream().map(v -> {
			PipInhoud i = v.inhoud();
			return new VersieView(v.nummer(), v.status(), i.leerroute().code(), i.leerroute().taalniveau(),
					i.leerroute().onderdelen(), i.termijn().start(), i.termijn().einde(), i.termijn().fase(today),
					i.termijn().verlengingen(), i.doelen(), i.activiteiten(), i.duaalTraject(), v.discussedOn(),
					v.visieNieuwkomer(), v.establishedOn());
		}).toList());
	}

	/** The latest version. */
	public VersieView current() {
		return versies.getLast();
	}
}
