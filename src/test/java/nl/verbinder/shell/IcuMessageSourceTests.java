package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import nl.verbinder.shared.DutchTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcuMessageSourceTests {

	private final IcuMessageSource messages = new IcuMessageSource("messages,portal/messages");

	private TimeZone serverZone;

	@BeforeEach
	void serverRunsInUtc() {
		serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restoreServerZone() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	void showsTimesOfDayInDutchTimeWhateverTheServersZone() {
		Date access = Date.from(Instant.parse("2026-12-07T00:16:00Z"));

		assertThat(messages.getMessage("portal.inzage.when", new Object[] { access }, Languages.DUTCH))
			.contains("7 december 2026")
			.contains("01:16");
		assertThat(messages.getMessage("portal.inzage.when", new Object[] { access }, Locale.ENGLISH))
			.contains("December 7, 2026");
	}

	@Test
	void namesTheMonthThatBeginsAtMidnightInTheNetherlands() {
		Date december = Date.from(LocalDate.of(2026, 12, 1).atStartOfDay(DutchTime.ZONE).toInstant());

		assertThat(messages.getMessage("portal.inzage.month", new Object[] { december }, Languages.DUTCH))
			.isEqualTo("december 2026");
	}

}
