package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A part of the integration obligation completed outside a purchased trajectory, as the
 * case manager records it: an exam passed that no provider of ours reports (taken at DUO
 * after self-study, or at a school of the education route), or an exemption: a
 * vrijstelling (on the grounds of a diploma) or an ontheffing (after proven effort, or on
 * medical grounds, under the Wet inburgering 2021). Results a provider reports are the
 * purchasing module's; both complete a part for the rules that watch the integration
 * term.
 *
 * @param datum the day it was passed or the exemption was granted; never after today
 * @param toelichting the decision's reference or a remark; needed for an ontheffing
 */
public record Afronding(UUID personId, Onderdeel onderdeel, Wijze wijze, LocalDate datum,
		@Nullable String toelichting) {

	/** The parts that can be completed: those with an exam or a result of their own. */
	public static final Set<Onderdeel> ONDERDELEN = Set.of(Onderdeel.PVT, Onderdeel.MAP, Onderdeel.KNM,
			Onderdeel.TAALEXAMENS_B1);

	/** How the part was completed. */
	public enum Wijze {

		/** The exam or trajectory was passed. */
		BEHAALD,
		/** Exempted on the grounds of a diploma or certificate (vrijstelling). */
		VRIJSTELLING,
		/**
		 * Exempted by a decision after proven effort, or on medical grounds (ontheffing).
		 */
		ONTHEFFING

	}

	public Afronding {
		if (personId == null || onderdeel == null || wijze == null || datum == null) {
			throw new RuleViolation("rule.afronding.incomplete");
		}
		if (!ONDERDELEN.contains(onderdeel)) {
			throw new RuleViolation("rule.afronding.onderdeel");
		}
		toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
		if (toelichting != null && toelichting.length() > 500) {
			throw new RuleViolation("rule.afronding.toelichting-length", 500);
		}
		if (wijze == Wijze.ONTHEFFING && toelichting == null) {
			throw new RuleViolation("rule.afronding.ontheffing-reason");
		}
	}

	/**
	 * The parts completed with their days, from the facts query's
	 * {@code PVT=2026-03-01,KNM=…}; empty for null.
	 */
	static Map<Onderdeel, LocalDate> parse(@Nullable String completed) {
		Map<Onderdeel, LocalDate> parts = new EnumMap<>(Onderdeel.class);
		if (completed != null && !completed.isBlank()) {
			for (String part : completed.split(",")) {
				String[] pair = part.split("=", 2);
				parts.put(Onderdeel.valueOf(pair[0]), LocalDate.parse(pair[1]));
			}
		}
		return parts;
	}

}
