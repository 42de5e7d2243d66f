package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a PIP says: the learning route, the term, goals per domain in small steps, the activities that
 * were bought or arranged, and an optional dual path. Immutable; a change makes a new content.
 */
public record PipInhoud(Leerroute leerroute, Inburgeringstermijn termijn, List<Doel> doelen,
		List<Activiteit> activiteiten, @Nullable String duaalTraject) {

	/** A goal in one life domain, reached in small steps. */
	public record Doel(Domein domein, String omschrijving, LocalDate streefdatum, List<String> stappen) {

		public Doel {
			if (domein == null || omschrijving == null || omschrijving.isBlank() || streefdatum == null) {
				throw new IllegalArgumentException("A goal has a domain, a description and a target date");
			}
			if (omschrijving.length() > 500) {
				throw new IllegalArgumentException("A goal's description is at most 500 characters");
			}
			omschrijving = omschrijving.strip();
			stappen = stappen == null ? List.of() : stappen.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
		}
	}

	public enum ActiviteitStatus {
		GEPLAND, LOOPT, AFGEROND, GESTOPT
	}

	/** Something the person does: a course, a module, volunteer work, at a provider, for some hours a week. */
	public record Activiteit(String aanbieder, String omschrijving, LocalDate start, @Nullable LocalDate einde,
			int urenPerWeek, ActiviteitStatus status) {

		public Activiteit {
			if (aanbieder == null || aanbieder.isBlank() || omschrijving == null || omschrijving.isBlank()
					|| start == null || status == null) {
				throw new IllegalArgumentException("An activity has a provider, a description, a start and a status");
			}
			if (einde != null && einde.isBefore(start)) {
				throw new IllegalArgumentException("An activity cannot end before it starts");
			}
			if (urenPerWeek < 0 || urenPerWeek > 40) {
				throw new IllegalArgumentException("An activity takes 0 to 40 hours a week");
			}
		}
	}

	public PipInhoud {
		if (leerroute == null || termijn == null) {
			throw new IllegalArgumentException("A PIP has a learning route and a term");
		}
		doelen = List.copyOf(doelen);
		activiteiten = List.copyOf(activiteiten);
		duaalTraject = duaalTraject == null || duaalTraject.isBlank() ? null : duaalTraject.strip();
		if (duaalTraject != null && !leerroute.allowsDualPath()) {
			throw new IllegalArgumentException("A dual path of work and education does not fit the " + leerroute.code()
					+ " route");
		}
	}

	PipInhoud withTermijn(Inburgeringstermijn termijn) {
		return new PipInhoud(leerroute, termijn, doelen, activiteiten, duaalTraject);
	}
}
