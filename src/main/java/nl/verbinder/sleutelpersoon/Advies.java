package nl.verbinder.sleutelpersoon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An observation or advice for policy from a key person or a professional, tagged with a
 * life domain, a municipality and a community (a country of origin), and what the
 * coordinator did with it. The response is what the author sees: advice that vanishes
 * without an answer is why key persons stop giving it.
 */
public record Advies(UUID id, UUID auteurId, String auteur, String auteurRol, @Nullable UUID sleutelpersoonId,
		String tekst, @Nullable Domein domein, @Nullable GemeenteCode gemeente, @Nullable String gemeenschap,
		Instant submittedOn, Status status, @Nullable String reactie, @Nullable LocalDate triagedOn) {

	/**
	 * New, under consideration, acted on, or not acted on (with the reason in the
	 * response).
	 */
	public enum Status {

		NIEUW, IN_BEHANDELING, OPGEPAKT, NIET_OPGEPAKT

	}

	public Advies {
		tekst = tekst == null ? "" : tekst.strip();
		if (tekst.length() < 10 || tekst.length() > 4000) {
			throw new RuleViolation("rule.advice.length", 10, 4000);
		}
		if (gemeenschap != null && !gemeenschap.matches("[A-Z]{2}")) {
			throw new RuleViolation("rule.advice.community-format");
		}
		reactie = reactie == null || reactie.isBlank() ? null : reactie.strip();
		if (reactie != null && reactie.length() > 4000) {
			throw new RuleViolation("rule.advice-triage.response-length", 4000);
		}
		if ((status == Status.OPGEPAKT || status == Status.NIET_OPGEPAKT) && reactie == null) {
			throw new RuleViolation("rule.advice-triage.response-needed");
		}
	}

	/** The coordinator's triage: a new status and, when it is decided, the response. */
	public Advies triage(Status newStatus, @Nullable String response, LocalDate on) {
		if (newStatus == Status.NIEUW) {
			throw new RuleViolation("rule.advice-triage.status");
		}
		return new Advies(id, auteurId, auteur, auteurRol, sleutelpersoonId, tekst, domein, gemeente, gemeenschap,
				submittedOn, newStatus, response, on);
	}
}
