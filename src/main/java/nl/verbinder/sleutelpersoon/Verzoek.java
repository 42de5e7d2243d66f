package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;

/**
 * A professional's request for a key person: what is needed, in which language(s) and role, where
 * (municipality and neighbourhood), in which time window, for how long, how urgently, and optionally for
 * which household. Only the purpose, the neighbourhood and the languages are shared with the key person.
 */
public record Verzoek(UUID id, Soort soort, List<TaalCode> talen, Rol rol, @Nullable Domein domein, GemeenteCode gemeente,
		String wijk, LocalDate van, LocalDate tot, int minuten, Urgentie urgentie, @Nullable UUID householdId, String doel,
		UUID aangevraagdDoor, Status status, @Nullable UUID toegewezenAan) {

	/** What the key person is asked to do. */
	public enum Soort {
		HUISBEZOEK, BEGELEIDING, VERTALING, VOORLICHTING, ADVIES
	}

	public enum Urgentie {
		NORMAAL, HOOG, SPOED
	}

	public enum Status {
		OPEN, TOEGEWEZEN, AFGEROND, GEANNULEERD
	}

	public Verzoek {
		if (soort == null || rol == null || gemeente == null || van == null || tot == null || urgentie == null
				|| aangevraagdDoor == null || status == null) {
			throw new IllegalArgumentException("A request has a kind, a role, a municipality, a time window and an urgency");
		}
		talen = List.copyOf(talen);
		if (talen.isEmpty() || talen.size() > 5) {
			throw new IllegalArgumentException("A request names one to five languages");
		}
		if (tot.isBefore(van)) {
			throw new IllegalArgumentException("The time window ends before it starts");
		}
		if (tot.isAfter(van.plusDays(90))) {
			throw new IllegalArgumentException("The time window is at most 90 days");
		}
		if (minuten < 15 || minuten > 8 * 60) {
			throw new IllegalArgumentException("A request takes 15 minutes to 8 hours");
		}
		wijk = wijk == null ? "" : wijk.strip();
		if (wijk.length() > 100) {
			throw new IllegalArgumentException("The neighbourhood is at most 100 characters");
		}
		doel = doel == null ? "" : doel.strip();
		if (doel.isEmpty() || doel.length() > 1000) {
			throw new IllegalArgumentException("A request states its purpose, in at most 1000 characters");
		}
		if ((status == Status.TOEGEWEZEN || status == Status.AFGEROND) != (toegewezenAan != null)) {
			throw new IllegalArgumentException("An assigned or completed request has a key person, an open one none");
		}
	}

	/** Assigns the request to a key person. */
	public Verzoek wijsToe(UUID sleutelpersoon) {
		if (status != Status.OPEN) {
			throw new IllegalStateException("Only an open request is assigned; this one is " + status);
		}
		return new Verzoek(id, soort, talen, rol, domein, gemeente, wijk, van, tot, minuten, urgentie, householdId, doel,
				aangevraagdDoor, Status.TOEGEWEZEN, sleutelpersoon);
	}
}
