package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guessing activation codes is throttled per address (PortalIntegrationTests), per code
 * from every address, and over the whole region in a sliding window that every node reads
 * from the database.
 */
@VerbinderIntegrationTest
class ActivationThrottleIntegrationTests {

	private static final String PASSWORD = "een lange zin om te onthouden";

	@Autowired
	Invitations invitations;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private Invitations.Issued invite(String voornaam) {
		HouseholdView household = background.callAs("consulent.aalten", () -> inburgering.register(
				new GemeenteCode("GM0197"), "Kerkstraat " + voornaam, "7121 AB", LocalDate.now().minusMonths(2),
				List.of(new Inburgering.NewMember(voornaam, "Gokker", LocalDate.of(1990, 1, 1), Gezinsrol.INBURGERAAR)),
				true));
		return background.callAs("consulent.aalten",
				() -> invitations.invite(household.id(), household.members().getFirst().personId(), "nl"));
	}

	@Test
	void oneCodeTriedFromManyAddressesWaitsAsOneAddressWould() {
		Invitations.Issued invited = invite("Yonas");
		String guessed = "ZZZZ-ZZZZ-ZZZ" + ActivationCode.ALPHABET.charAt(3);
		for (int i = 1; i <= ActivationThrottle.FREE_ATTEMPTS + 1; i++) {
			String address = "10.80.0." + i;
			assertThatThrownBy(() -> invitations.activate(guessed, PASSWORD, PASSWORD, address)).isInstanceOfSatisfying(
					RuleViolation.class, v -> assertThat(v.code()).isEqualTo("rule.activation.code"));
		}
		// From a fresh address the same code now waits, and says that it is not this
		// address's doing.
		assertThatThrownBy(() -> invitations.activate(guessed, PASSWORD, PASSWORD, "10.80.0.99"))
			.isInstanceOfSatisfying(Invitations.Throttled.class,
					v -> assertThat(v.code()).isEqualTo("rule.activation.busy"));
		// Another code from that address is not held up: the right one opens the account.
		assertThat(invitations.activate(invited.code(), PASSWORD, PASSWORD, "10.80.0.99"))
			.isEqualTo(invited.invitation().username());
	}

	@Test
	void wrongCodesFromEverywhereFillTheRegionsWindowUntilItSlidesOn() {
		Instant start = clock.instant();
		var window = new ActivationThrottle.Window(3, Duration.ofMinutes(10));
		var throttle = new ActivationThrottle(jdbc, clock, window);
		try {
			throttle.failed("10.81.0.1", null);
			throttle.failed("10.81.0.2", null);
			assertThat(throttle.waitUntil("10.81.0.4", null)).isEmpty();
			throttle.failed("10.81.0.3", null);
			// Three different addresses, each far below its own limit: the region waits,
			// until the oldest of the three leaves the window.
			var wait = throttle.waitUntil("10.81.0.4", null);
			assertThat(wait).hasValueSatisfying(w -> {
				assertThat(w.ownAddress()).isFalse();
				assertThat(w.until()).isBetween(start.plus(window.length()), clock.instant().plus(window.length()));
			});
			var later = new ActivationThrottle(jdbc, Clock.offset(clock, window.length().plusSeconds(1)), window);
			assertThat(later.waitUntil("10.81.0.4", null)).isEmpty();
		}
		finally {
			jdbc.sql("delete from portal.activation_guess where at >= ?").param(Timestamp.from(start)).update();
			jdbc.sql("delete from portal.activation_throttle where throttle_key like 'address 10.81.%'").update();
		}
	}

	@Test
	void theRealWindowIsAHundredWrongCodesInTenMinutes() {
		assertThat(ActivationThrottle.GLOBAL).isEqualTo(new ActivationThrottle.Window(100, Duration.ofMinutes(10)));
		assertThatThrownBy(() -> new ActivationThrottle.Window(0, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
