package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;

/**
 * A professional's request for a key person: what is needed, in which language(s) and
 * role, where (municipality and neighbourhood), in which time window, for how long, how
 * urgently, and optionally for which household. Only the purpose, the neighbourhood and
 * the languages are shared with the key person. When the household's file was destroyed
 * after its retention period, the request is {@code vernietigd}: it stays as the key
 * person's work (date, minutes, kilometres, status) about nobody, without the household,
 * the contact's first name, the purpose or the report's text.
 */
public record Verzoek(UUID id, Soort soort, List<TaalCode> talen, Rol rol, @Nullable Domein domein,
		GemeenteCode gemeente, String wijk, LocalDate van, LocalDate tot, int minuten, Urgentie urgentie,
		@Nullable UUID householdId, @Nullable String contactVoornaam, String doel, UUID requestedBy, Status status,
		@Nullable UUID assignedTo, Set<UUID> declinedBy, @Nullable Verslag verslag, boolean vernietigd) {

	/**
	 * What the key person reports after the work: time spent, kilometres travelled, what
	 * happened.
	 */
	public record Verslag(LocalDate datum, int minuten, int km, String tekst) {

		public Verslag {
			if (datum == null) {
				throw new RuleViolation("rule.request.report-date");
			}
			if (minuten < 0 || minuten > 16 * 60) {
				throw new RuleViolation("rule.request.report-hours", 0, 16);
			}
			if (km < 0 || km > 1000) {
				throw new RuleViolation("rule.request.report-km", 0, 1000);
			}
			tekst = tekst == null ? "" : tekst.strip();
			if (tekst.length() > 4000) {
				throw new RuleViolation("rule.request.report-length", 4000);
			}
		}
	}

	/** What the key person is asked to do. */
	public enum Soort {

		HUISBEZOEK, BEGELEIDING, VERTALING, VOORLICHTING, ADVIES

	}

	public enum Urgentie {

		NORMAAL, HOOG, SPOED

	}

	/**
	 * Open, offered to a key person, accepted by them, done (with a report), or
	 * cancelled.
	 */
	public enum Status {

		OPEN, AANGEBODEN, GEACCEPTEERD, AFGEROND, GEANNULEERD;

		/** A key person is attached: offered, accepted or done. */
		public boolean hasSleutelpersoon() {
			return this == AANGEBODEN || this == GEACCEPTEERD || this == AFGEROND;
		}

	}

	public Verzoek {
		if (soort == null || rol == null || gemeente == null || van == null || tot == null || urgentie == null
				|| requestedBy == null || status == null) {
			throw new RuleViolation("rule.request-form.incomplete");
		}
		talen = List.copyOf(talen);
		if (talen.isEmpty() || talen.size() > 5) {
			throw new RuleViolation("rule.request-form.languages", 1, 5);
		}
		if (tot.isBefore(van)) {
			throw new RuleViolation("rule.request-form.window-order");
		}
		if (tot.isAfter(van.plusDays(90))) {
			throw new RuleViolation("rule.request-form.window-length", 90);
		}
		if (minuten < 15 || minuten > 8 * 60) {
			throw new RuleViolation("rule.request-form.duration", 15, 8);
		}
		wijk = wijk == null ? "" : wijk.strip();
		if (wijk.length() > 100) {
			throw new RuleViolation("rule.request-form.neighbourhood", 100);
		}
		doel = doel == null ? "" : doel.strip();
		if (vernietigd) {
			if (householdId != null || (contactVoornaam != null && !contactVoornaam.isBlank()) || !doel.isEmpty()
					|| (verslag != null && !verslag.tekst().isEmpty())) {
				throw new IllegalArgumentException(
						"A request of a destroyed household file names no household, contact, purpose or report text");
			}
		}
		else if (doel.isEmpty() || doel.length() > 1000) {
			throw new RuleViolation("rule.request-form.purpose", 1000);
		}
		if (status.hasSleutelpersoon() != (assignedTo != null)) {
			throw new IllegalArgumentException(
					"An offered, accepted or done request has a key person, an open one none");
		}
		if ((status == Status.AFGEROND) != (verslag != null)) {
			throw new IllegalArgumentException("A request is done when, and only when, it has a report");
		}
		contactVoornaam = contactVoornaam == null || contactVoornaam.isBlank() ? null : contactVoornaam.strip();
		declinedBy = Set.copyOf(declinedBy == null ? Set.of() : declinedBy);
	}

	/** A request as made and worked on, its household's file not destroyed. */
	public Verzoek(UUID id, Soort soort, List<TaalCode> talen, Rol rol, @Nullable Domein domein, GemeenteCode gemeente,
			String wijk, LocalDate van, LocalDate tot, int minuten, Urgentie urgentie, @Nullable UUID householdId,
			@Nullable String contactVoornaam, String doel, UUID requestedBy, Status status, @Nullable UUID assignedTo,
			Set<UUID> declinedBy, @Nullable Verslag verslag) {
		this(id, soort, talen, rol, domein, gemeente, wijk, van, tot, minuten, urgentie, householdId, contactVoornaam,
				doel, requestedBy, status, assignedTo, declinedBy, verslag, false);
	}

	/**
	 * The coordinator offers the open request to a key person who has not declined it
	 * before.
	 */
	public Verzoek offerTo(UUID sleutelpersoon) {
		requireNotDestroyed();
		if (status != Status.OPEN) {
			throw new RuleViolation("rule.request-offer.not-open",
					RuleViolation.name("request.status." + status.name()));
		}
		if (declinedBy.contains(sleutelpersoon)) {
			throw new RuleViolation("rule.request-offer.declined-before");
		}
		return with(Status.AANGEBODEN, sleutelpersoon, declinedBy, null);
	}

	/** The key person it was offered to accepts it. */
	public Verzoek accept(UUID sleutelpersoon) {
		requireNotDestroyed();
		requireOfferedTo(sleutelpersoon);
		return with(Status.GEACCEPTEERD, sleutelpersoon, declinedBy, null);
	}

	/**
	 * The key person it was offered to declines it: open again, and not offered to them
	 * again.
	 */
	public Verzoek decline(UUID sleutelpersoon) {
		requireOfferedTo(sleutelpersoon);
		Set<UUID> declined = new HashSet<>(declinedBy);
		declined.add(sleutelpersoon);
		return with(Status.OPEN, null, declined, null);
	}

	/** The key person who accepted it reports the work done. */
	public Verzoek complete(UUID sleutelpersoon, Verslag report) {
		requireNotDestroyed();
		if (status != Status.GEACCEPTEERD || !sleutelpersoon.equals(assignedTo)) {
			throw new RuleViolation("rule.request.report-not-accepted");
		}
		if (report.datum().isBefore(van)) {
			throw new RuleViolation("rule.request.report-before-window", van);
		}
		return with(Status.AFGEROND, sleutelpersoon, declinedBy, report);
	}

	/**
	 * The asking professional withdraws a request that is not done yet; an offer or
	 * acceptance lapses.
	 */
	public Verzoek cancel() {
		if (status == Status.AFGEROND || status == Status.GEANNULEERD) {
			throw new RuleViolation("rule.request-offer.cancel", RuleViolation.name("request.status." + status.name()));
		}
		return with(Status.GEANNULEERD, null, declinedBy, null);
	}

	/**
	 * The key person it was offered to, or who accepted it, leaves the pool before it is
	 * done: the offer or acceptance lapses and the request is open again for someone else
	 * (they did not decline it).
	 */
	public Verzoek release(UUID sleutelpersoon) {
		if ((status != Status.AANGEBODEN && status != Status.GEACCEPTEERD) || !sleutelpersoon.equals(assignedTo)) {
			throw new IllegalStateException("Only a request offered to or accepted by this key person is released");
		}
		return with(Status.OPEN, null, declinedBy, null);
	}

	/** Offered to or accepted by this key person, and not done yet. */
	public boolean heldBy(UUID sleutelpersoon) {
		return (status == Status.AANGEBODEN || status == Status.GEACCEPTEERD) && sleutelpersoon.equals(assignedTo);
	}

	/**
	 * Nobody is sent to, or reports on, a household whose file is gone; declining,
	 * cancelling and releasing lead away from the work and stay possible.
	 */
	private void requireNotDestroyed() {
		if (vernietigd) {
			throw new RuleViolation("rule.request.destroyed");
		}
	}

	private void requireOfferedTo(UUID sleutelpersoon) {
		if (status != Status.AANGEBODEN || !sleutelpersoon.equals(assignedTo)) {
			throw new RuleViolation("rule.request.not-offered");
		}
	}

	private Verzoek with(Status newStatus, @Nullable UUID who, Set<UUID> declined, @Nullable Verslag report) {
		return new Verzoek(id, soort, talen, rol, domein, gemeente, wijk, van, tot, minuten, urgentie, householdId,
				contactVoornaam, doel, requestedBy, newStatus, who, declined, report, vernietigd);
	}
}
