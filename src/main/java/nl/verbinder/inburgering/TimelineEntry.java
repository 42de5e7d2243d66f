package nl.verbinder.inburgering;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened with a household: registered, an intake, a plan discussed or
 * established, a contact moment, a referral's step ({@link TimelineSource}).
 * {@code person} is the member it concerns, if one; {@code detail} a code (a learning
 * route, a channel, a status) that the page turns into words; {@code party} another
 * organisation it concerns.
 */
public record TimelineEntry(LocalDate date, Kind kind, @Nullable String person, @Nullable String detail,
		@Nullable String party) {

	public enum Kind {

		REGISTERED, INTAKE, PIP_DISCUSSED, PIP_ESTABLISHED, CONTACT,
		/**
		 * A referral's step; {@code detail} is its status, {@code party} the
		 * organisation.
		 */
		REFERRAL,
		/**
		 * A partner's progress note on a referral; {@code detail} is the note,
		 * {@code party} the organisation.
		 */
		REFERRAL_NOTE,
		/**
		 * The newcomer changed their wishes and talents in the portal; {@code detail} is
		 * what they wrote.
		 */
		WISHES,
		/** The newcomer gave their own view of the life domains in the portal. */
		SELF_ASSESSMENT

	}

	public TimelineEntry(LocalDate date, Kind kind, @Nullable String person, @Nullable String detail) {
		this(date, kind, person, detail, null);
	}
}
