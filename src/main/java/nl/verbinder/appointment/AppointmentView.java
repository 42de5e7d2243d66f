package nl.verbinder.appointment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as pages and the API show it: the place spelled out, times in Dutch time
 * for pages, the answer, and for staff how its reminder stands. An address's parts
 * ({@code straat}, {@code postcode}, {@code plaats}) are there for the case manager's
 * form that moves it, which starts from the place it has; the API keeps showing the
 * address as one line.
 */
public record AppointmentView(UUID id, @JsonProperty("huishoudenId") UUID householdId,
		@JsonProperty("persoonId") UUID personId, String voornaam, Appointment.Kind soort, Instant begin, Instant einde,
		String plaatsSoort, @Nullable String locatie, @Nullable String adres, @JsonIgnore @Nullable String straat,
		@JsonIgnore @Nullable String postcode, @JsonIgnore @Nullable String plaats, @Nullable String kaartLink,
		@Nullable String videoLink, @Nullable String telefoon, List<String> aanwezigen, boolean tolk,
		boolean sleutelpersoon, Appointment.Status status, @Nullable String reden, @Nullable Instant beantwoordOp,
		boolean voorbij, @Nullable ReminderView herinnering, @Nullable Instant verzetVan, long versie) {

	/** How the reminder mail of an appointment stands, for the case manager. */
	public record ReminderView(String status, int pogingen, @Nullable Instant volgendePoging,
			@Nullable Instant verstuurdOp, @Nullable String fout) {

		/** When it was sent, in Dutch time, for pages. */
		public @Nullable LocalDateTime verstuurdLocal() {
			return verstuurdOp == null ? null : LocalDateTime.ofInstant(verstuurdOp, DutchTime.ZONE);
		}
	}

	static AppointmentView of(Appointment a, String voornaam, Instant now, @Nullable ReminderView reminder) {
		Place place = a.place();
		return new AppointmentView(a.id().value(), a.household().value(), a.personId(), voornaam, a.kind(),
				a.startsAt(), a.endsAt(), place.kind(), place instanceof Place.AtAddress p ? p.location() : null,
				place instanceof Place.AtAddress p ? p.line() : null,
				place instanceof Place.AtAddress p ? p.street() : null,
				place instanceof Place.AtAddress p ? p.postcode() : null,
				place instanceof Place.AtAddress p ? p.city() : null,
				place instanceof Place.AtAddress p ? p.mapLink() : null,
				place instanceof Place.Video v ? v.link() : null, place instanceof Place.Phone p ? p.number() : null,
				a.present(), a.interpreter(), a.keyPerson(), a.status(), a.reason(), a.answeredAt(),
				!a.startsAt().isAfter(now), reminder, a.movedFrom(), a.version());
	}

	/** The start in Dutch time, for pages. */
	public LocalDateTime beginLocal() {
		return LocalDateTime.ofInstant(begin, DutchTime.ZONE);
	}

	/** The end in Dutch time, for pages. */
	public LocalDateTime eindeLocal() {
		return LocalDateTime.ofInstant(einde, DutchTime.ZONE);
	}

	/**
	 * The time it had before it was moved, in Dutch time; {@code null} if never moved.
	 */
	public @Nullable LocalDateTime verzetVanLocal() {
		return verzetVan == null ? null : LocalDateTime.ofInstant(verzetVan, DutchTime.ZONE);
	}

	/** How long it lasts, in minutes. */
	public long minuten() {
		return Duration.between(begin, einde).toMinutes();
	}

	/** Whether the newcomer can still answer: not begun and not cancelled. */
	public boolean open() {
		return !voorbij && status != Appointment.Status.GEANNULEERD;
	}

}
