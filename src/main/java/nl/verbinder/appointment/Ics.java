package nl.verbinder.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An appointment as an iCalendar file (RFC 5545) for the newcomer's own calendar: one
 * VEVENT with times in UTC (so no time-zone definition is needed), text values escaped
 * (backslash, semicolon, comma, line breaks) and lines folded at 75 octets without
 * splitting a character, every line ended by CRLF. The SEQUENCE is the appointment's
 * version, so a calendar that imports it again updates the event.
 */
public final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	/**
	 * The calendar file of {@code appointment}; {@code summary}, {@code description} and
	 * {@code location} are in the reader's language.
	 */
	public static String of(AppointmentView appointment, String summary, String description, String location,
			Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Verbinder//Afspraken//NL");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + appointment.id() + "@verbinder");
		line(ics, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
		line(ics, "DTSTART:" + UTC.format(appointment.begin()));
		line(ics, "DTEND:" + UTC.format(appointment.einde()));
		line(ics, "SEQUENCE:" + appointment.versie());
		line(ics, "STATUS:" + switch (appointment.status()) {
			case BEVESTIGD -> "CONFIRMED";
			case GEANNULEERD -> "CANCELLED";
			default -> "TENTATIVE";
		});
		line(ics, "SUMMARY:" + text(summary));
		if (!description.isBlank()) {
			line(ics, "DESCRIPTION:" + text(description));
		}
		if (!location.isBlank()) {
			line(ics, "LOCATION:" + text(location));
		}
		String url = appointment.videoLink() != null ? appointment.videoLink() : appointment.kaartLink();
		if (url != null) {
			line(ics, "URL:" + url);
		}
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** A TEXT value escaped (RFC 5545, 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Adds a content line folded at 75 octets (RFC 5545, 3.1), ended by CRLF. */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
