package nl.verbinder.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;

/** The calendar file after RFC 5545: escaping, folding, line ends, times in UTC. */
class IcsTests {

	private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

	private static AppointmentView view(Place place) {
		Appointment a = Appointment.plan(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM0222"),
				new Appointment.Plan(UUID.randomUUID(), Appointment.Kind.HUISBEZOEK,
						Instant.parse("2026-12-10T08:30:00Z"), 60, place, List.of(), false, true),
				UUID.randomUUID(), NOW);
		return AppointmentView.of(a, "Amina", NOW, null);
	}

	@Test
	void escapesTextValues() {
		assertThat(Ics.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
	}

	@Test
	void writesOneEventInUtcWithCrlfLineEnds() {
		var appointment = view(new Place.AtAddress("Stadhuis", "Markt 1", "7001 AA", "Doetinchem"));
		String ics = Ics.of(appointment, "Huisbezoek; thuis", "Wacht op antwoord", "Stadhuis, Markt 1", NOW);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("UID:" + appointment.id() + "@verbinder\r\n", "DTSTAMP:20261207T090000Z\r\n",
				"DTSTART:20261210T083000Z\r\n", "DTEND:20261210T093000Z\r\n", "SUMMARY:Huisbezoek\\; thuis\r\n",
				"LOCATION:Stadhuis\\, Markt 1\r\n", "STATUS:TENTATIVE\r\n", "SEQUENCE:0\r\n",
				"URL:https://www.openstreetmap.org/search?query=");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String arabic = "موعد مع المستشار في البلدية لمناقشة الخطة الشخصية والخطوات القادمة معًا";
		String ics = Ics.of(view(new Place.Phone("")), arabic, arabic + " " + arabic, "", NOW);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + arabic + "\r\n");
		assertThat(unfolded).doesNotContain("LOCATION:");
	}

}
