package nl.verbinder.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of an appointment, each at its edges, without Spring. */
class AppointmentTests {

	private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

	private static final Place TOWN_HALL = new Place.AtAddress("Stadhuis", "Markt 1", "7001 AA", "Doetinchem");

	private static Appointment.Plan plan(Instant startsAt, int minutes) {
		return new Appointment.Plan(UUID.randomUUID(), Appointment.Kind.GESPREK, startsAt, minutes, TOWN_HALL,
				List.of("Consulent", " "), true, false);
	}

	private static Appointment planned() {
		return Appointment.plan(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM0222"),
				plan(NOW.plus(Duration.ofDays(2)), 45), UUID.randomUUID(), NOW);
	}

	private static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolation e) {
			return e.code();
		}
		throw new AssertionError("no rule refused it");
	}

	@Test
	void plansAnAppointmentThatAwaitsTheNewcomersAnswer() {
		Appointment a = planned();
		assertThat(a.status()).isEqualTo(Appointment.Status.GEPLAND);
		assertThat(a.present()).containsExactly("Consulent");
		assertThat(a.endsAt()).isEqualTo(a.startsAt().plus(Duration.ofMinutes(45)));
	}

	@Test
	void refusesAnAppointmentInThePastOrNowOrMoreThanAGoodYearAhead() {
		assertThat(rule(() -> Appointment.plan(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM0222"),
				plan(NOW, 45), UUID.randomUUID(), NOW)))
			.isEqualTo("rule.appointment.in-past");
		assertThat(rule(() -> Appointment.plan(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM0222"),
				plan(NOW.plus(Appointment.HORIZON).plusSeconds(1), 45), UUID.randomUUID(), NOW)))
			.isEqualTo("rule.appointment.too-far");
		Appointment.plan(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM0222"),
				plan(NOW.plus(Appointment.HORIZON), 45), UUID.randomUUID(), NOW);
	}

	@Test
	void refusesADurationOutsideFiveMinutesToEightHours() {
		assertThat(rule(() -> plan(NOW.plusSeconds(3600), 4))).isEqualTo("rule.appointment.duration");
		assertThat(rule(() -> plan(NOW.plusSeconds(3600), 481))).isEqualTo("rule.appointment.duration");
		assertThat(plan(NOW.plusSeconds(3600), 5).minutes()).isEqualTo(5);
		assertThat(plan(NOW.plusSeconds(3600), 480).minutes()).isEqualTo(480);
	}

	@Test
	void refusesMoreThanTenPeoplePresent() {
		List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "p" + i).toList();
		assertThat(rule(() -> new Appointment.Plan(UUID.randomUUID(), Appointment.Kind.GESPREK, NOW, 45, TOWN_HALL,
				eleven, false, false)))
			.isEqualTo("rule.appointment.present");
	}

	@Test
	void aPlaceValidatesItself() {
		assertThat(rule(() -> new Place.AtAddress("", "", "", "Doetinchem"))).isEqualTo("rule.appointment.address");
		assertThat(rule(() -> new Place.Video("http://meet.example.org/x"))).isEqualTo("rule.appointment.video-link");
		assertThat(rule(() -> new Place.Video("https://"))).isEqualTo("rule.appointment.video-link");
		assertThat(rule(() -> new Place.Phone("call me"))).isEqualTo("rule.appointment.phone");
		assertThat(new Place.Phone("").number()).isEmpty();
		assertThat(new Place.Phone("+31 314 123 456").number()).isEqualTo("+31 314 123 456");
		assertThat(((Place.AtAddress) TOWN_HALL).mapLink())
			.isEqualTo("https://www.openstreetmap.org/search?query=Markt+1%2C+7001+AA+Doetinchem");
	}

	@Test
	void theNewcomerConfirmsAndConfirmingAgainChangesNothing() {
		Appointment a = planned();
		a.confirm(NOW);
		assertThat(a.status()).isEqualTo(Appointment.Status.BEVESTIGD);
		assertThat(a.answeredAt()).isEqualTo(NOW);
		a.confirm(NOW.plusSeconds(60));
		assertThat(a.answeredAt()).isEqualTo(NOW);
	}

	@Test
	void askingForAnotherTimeNeedsAReasonOfAtMostFiveHundredCharacters() {
		Appointment a = planned();
		assertThat(rule(() -> a.askForAnotherTime("  ", NOW))).isEqualTo("rule.appointment.reason");
		assertThat(rule(() -> a.askForAnotherTime("x".repeat(501), NOW))).isEqualTo("rule.appointment.reason");
		a.askForAnotherTime("x".repeat(500), NOW);
		assertThat(a.status()).isEqualTo(Appointment.Status.ANDER_TIJDSTIP_GEVRAAGD);
		assertThat(a.reason()).hasSize(500);
		a.confirm(NOW);
		assertThat(a.status()).isEqualTo(Appointment.Status.BEVESTIGD);
		assertThat(a.reason()).isNull();
	}

	@Test
	void nothingIsAnsweredOnceItBeganOrWasCancelled() {
		Appointment begun = planned();
		Instant start = begun.startsAt();
		assertThat(rule(() -> begun.confirm(start))).isEqualTo("rule.appointment.passed");
		assertThat(rule(() -> begun.askForAnotherTime("ziek", start))).isEqualTo("rule.appointment.passed");
		Appointment cancelled = planned();
		assertThat(rule(() -> cancelled.cancel(" ", NOW))).isEqualTo("rule.appointment.reason");
		cancelled.cancel("Consulent ziek", NOW);
		assertThat(rule(() -> cancelled.confirm(NOW))).isEqualTo("rule.appointment.cancelled");
		assertThat(rule(() -> cancelled.reschedule(NOW.plusSeconds(7200), 30, null, NOW)))
			.isEqualTo("rule.appointment.cancelled");
		assertThat(rule(() -> cancelled.cancel("nog eens", NOW))).isEqualTo("rule.appointment.cancelled");
		assertThat(cancelled.awaitsReminder(NOW)).isFalse();
	}

	@Test
	void reschedulingAsksTheNewcomerAgain() {
		Appointment a = planned();
		a.askForAnotherTime("Dan heb ik taalles", NOW);
		assertThat(rule(() -> a.reschedule(NOW, 30, null, NOW))).isEqualTo("rule.appointment.in-past");
		assertThat(rule(() -> a.reschedule(NOW.plusSeconds(7200), 500, null, NOW)))
			.isEqualTo("rule.appointment.duration");
		Instant before = a.startsAt();
		Place place = a.place();
		assertThat(a.movedFrom()).isNull();
		a.reschedule(NOW.plusSeconds(7200), 30, null, NOW);
		assertThat(a.status()).isEqualTo(Appointment.Status.GEPLAND);
		assertThat(a.reason()).isNull();
		assertThat(a.answeredAt()).isNull();
		assertThat(a.minutes()).isEqualTo(30);
		assertThat(a.movedFrom()).isEqualTo(before);
		assertThat(a.place()).isEqualTo(place);
	}

	@Test
	void movingToAnotherPlaceKeepsTheTimeItHadAndBeginsNothingThatBegan() {
		Appointment a = planned();
		Instant first = a.startsAt();
		a.reschedule(NOW.plusSeconds(10_800), 60, new Place.Video("https://video.example.org/bezoek"), NOW);
		assertThat(a.place()).isEqualTo(new Place.Video("https://video.example.org/bezoek"));
		assertThat(a.movedFrom()).isEqualTo(first);
		Instant begun = a.startsAt();
		// Moving a visit that began is refused, as is a new time in the past.
		assertThat(rule(() -> a.reschedule(begun.plusSeconds(86_400), 60, null, begun)))
			.isEqualTo("rule.appointment.passed");
		assertThat(a.startsAt()).isEqualTo(begun);
	}

	@Test
	void aReminderIsDueAtTenTheDayBeforeInDutchTimeOrAtOnce() {
		Instant start = ZonedDateTime.of(2026, 12, 10, 9, 30, 0, 0, DutchTime.ZONE).toInstant();
		assertThat(Reminders.dueFor(start, NOW))
			.isEqualTo(ZonedDateTime.of(2026, 12, 9, 10, 0, 0, 0, DutchTime.ZONE).toInstant());
		Instant tomorrowMorning = ZonedDateTime.of(2026, 12, 8, 8, 0, 0, 0, DutchTime.ZONE).toInstant();
		Instant lateNow = ZonedDateTime.of(2026, 12, 7, 20, 0, 0, 0, DutchTime.ZONE).toInstant();
		assertThat(Reminders.dueFor(tomorrowMorning, lateNow)).isEqualTo(lateNow);
	}

	@Test
	void eachFailedAttemptWaitsLonger() {
		assertThat(Reminders.backoff(1)).isLessThan(Reminders.backoff(2));
		assertThat(Reminders.backoff(2)).isLessThan(Reminders.backoff(3));
		assertThat(Reminders.backoff(3)).isLessThan(Reminders.backoff(4));
		assertThat(Reminders.backoff(4)).isLessThan(Reminders.backoff(5));
	}

}
