package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * What a PIP says: the learning route, the term, goals per domain in small steps, the
 * activities that were bought or arranged, and an optional dual path. Immutable; a change
 * makes a new content.
 */
public record PipInhoud(Leerroute leerroute, Inburgeringstermijn termijn, List<Doel> doelen,
		List<Activiteit> activiteiten, @Nullable String duaalTraject) {

	/** A goal in one life domain, reached in small steps. */
	public record Doel(Domein domein, String omschrijving, LocalDate streefdatum, List<String> stappen) {

		public Doel {
			if (domein == null || omschrijving == null || omschrijving.isBlank() || streefdatum == null) {
				throw new RuleViolation("rule.goal.incomplete");
			}
			if (omschrijving.length() > 500) {
				throw new RuleViolation("rule.goal.description-length", 500);
			}
			omschrijving = omschrijving.strip();
			stappen = stappen == null ? List.of()
					: stappen.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
		}
	}

	public enum ActiviteitStatus {

		GEPLAND, LOOPT, AFGEROND, GESTOPT

	}

	/**
	 * Something the person does: a course, a module, volunteer work, at a provider, for
	 * some hours a week; a purchased one names the contracted product it is
	 * ({@code productId}, see {@link ContractedProducts}), what is not bought is free
	 * text only.
	 */
	public record Activiteit(String aanbieder, String omschrijving, LocalDate start, @Nullable LocalDate einde,
			int urenPerWeek, ActiviteitStatus status, @Nullable UUID productId) {

		/** An activity that is not a contracted product. */
		public Activiteit(String aanbieder, String omschrijving, LocalDate start, @Nullable LocalDate einde,
				int urenPerWeek, ActiviteitStatus status) {
			this(aanbieder, omschrijving, start, einde, urenPerWeek, status, null);
		}

		public Activiteit {
			if (aanbieder == null || aanbieder.isBlank() || omschrijving == null || omschrijving.isBlank()
					|| start == null || status == null) {
				throw new RuleViolation("rule.activity.incomplete");
			}
			if (einde != null && einde.isBefore(start)) {
				throw new RuleViolation("rule.activity.ends-before-start");
			}
			if (urenPerWeek < 0 || urenPerWeek > 40) {
				throw new RuleViolation("rule.activity.hours", 0, 40);
			}
		}
	}

	public PipInhoud {
		if (leerroute == null || termijn == null) {
			throw new RuleViolation("rule.pip.route-and-term");
		}
		doelen = List.copyOf(doelen);
		activiteiten = List.copyOf(activiteiten);
		duaalTraject = duaalTraject == null || duaalTraject.isBlank() ? null : duaalTraject.strip();
		if (duaalTraject != null && !leerroute.allowsDualPath()) {
			throw new RuleViolation("rule.pip.dual-path", RuleViolation.name("pip.route." + leerroute.code()));
		}
	}

	PipInhoud withTermijn(Inburgeringstermijn termijn) {
		return new PipInhoud(leerroute, termijn, doelen, activiteiten, duaalTraject);
	}
}
