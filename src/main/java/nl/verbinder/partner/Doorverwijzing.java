package nl.verbinder.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A referral of a household member to an organisation (or one of its opportunities): why,
 * what was shared (as it was when sent), on which basis, and where it stands. Sent, then
 * accepted or declined with a reason, started, then completed or stopped with a reason.
 * Not accepted in time, it is overdue.
 */
public record Doorverwijzing(UUID id, UUID householdId, UUID personId, GemeenteCode gemeente, UUID organisatieId,
		@Nullable UUID kansId, UUID grondslagId, String reden, Map<Gegevenscategorie, List<String>> gedeeld,
		Status status, @Nullable String statusReden, Instant sentOn, LocalDate reagerenVoor, UUID sentBy) {

	public enum Status {

		VERSTUURD, GEACCEPTEERD, AFGEWEZEN, GESTART, AFGEROND, GESTOPT;

		/** Still going: the partner works with the shared data. */
		public boolean open() {
			return this == VERSTUURD || this == GEACCEPTEERD || this == GESTART;
		}

	}

	/**
	 * The reason stored when a referral stops because its consent was withdrawn: a
	 * message key, not a sentence, so that every reader sees it in their own language.
	 */
	public static final String CONSENT_WITHDRAWN = "referral.stop-reason.consent-withdrawn";

	/**
	 * Whether a stored reason or step text is one of the system's message keys rather
	 * than a person's words.
	 */
	public static boolean isReasonCode(@Nullable String text) {
		return CONSENT_WITHDRAWN.equals(text);
	}

	/**
	 * One step in a referral's history: a status reached, or a progress note (the status
	 * it was at).
	 */
	public record Stap(Instant op, Status status, @Nullable String tekst, String door) {

		/** Whether {@link #tekst()} is a message key to show in the reader's language. */
		public boolean coded() {
			return isReasonCode(tekst);
		}
	}

	/**
	 * Whether {@link #statusReden()} is a message key to show in the reader's language.
	 */
	public boolean statusReasonCoded() {
		return isReasonCode(statusReden);
	}

	private static final Map<Status, Set<Status>> NEXT = Map.of(Status.VERSTUURD,
			EnumSet.of(Status.GEACCEPTEERD, Status.AFGEWEZEN, Status.GESTOPT), Status.GEACCEPTEERD,
			EnumSet.of(Status.GESTART, Status.GESTOPT), Status.GESTART, EnumSet.of(Status.AFGEROND, Status.GESTOPT),
			Status.AFGEWEZEN, EnumSet.noneOf(Status.class), Status.AFGEROND, EnumSet.noneOf(Status.class),
			Status.GESTOPT, EnumSet.noneOf(Status.class));

	public Doorverwijzing {
		reden = reden == null ? "" : reden.strip();
		if (reden.length() < 3 || reden.length() > 2000) {
			throw new RuleViolation("rule.referral.reason-length", 3, 2000);
		}
		gedeeld = Map.copyOf(gedeeld);
		statusReden = statusReden == null || statusReden.isBlank() ? null : statusReden.strip();
	}

	/**
	 * The next step: declining and stopping come with a reason; the order of steps is
	 * fixed.
	 */
	public Doorverwijzing naar(Status next, @Nullable String reason) {
		if (!NEXT.get(status).contains(next)) {
			throw new RuleViolation("rule.referral.step", RuleViolation.name("referral.status." + status.name()),
					RuleViolation.name("referral.status." + next.name()));
		}
		boolean needsReason = next == Status.AFGEWEZEN || next == Status.GESTOPT;
		if (needsReason && (reason == null || reason.isBlank())) {
			throw new RuleViolation("rule.referral.step-reason");
		}
		return new Doorverwijzing(id, householdId, personId, gemeente, organisatieId, kansId, grondslagId, reden,
				gedeeld, next, needsReason ? reason : statusReden, sentOn, reagerenVoor, sentBy);
	}

	/** Sent and not answered by the day it should have been. */
	public boolean achterstallig(LocalDate today) {
		return status == Status.VERSTUURD && today.isAfter(reagerenVoor);
	}

	/** Possible next steps, for the pages. */
	public Set<Status> next() {
		return NEXT.get(status);
	}
}
