package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UitstroomTests {

	private static final LocalDate ARRIVAL = LocalDate.of(2025, 3, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static Uitstroom record(UitstroomSoort soort, LocalDate start, Integer hours, Werkniveau niveau) {
		return Uitstroom.record(UUID.randomUUID(), soort, start, hours, niveau, ARRIVAL, TODAY, UUID.randomUUID(),
				Instant.now());
	}

	private static void refused(ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(key));
	}

	@Test
	void recordsWorkWithItsHoursAndLevel() {
		Uitstroom work = record(UitstroomSoort.WERK, TODAY, 24, Werkniveau.LAGER);
		assertThat(work.hoursPerWeek()).isEqualTo(24);
		assertThat(work.underemployed()).isTrue();
		assertThat(record(UitstroomSoort.WERK, TODAY, 24, Werkniveau.PASSEND).underemployed()).isFalse();
	}

	@Test
	void recordsEducationVolunteeringAndNoneWithoutHoursOrLevel() {
		for (UitstroomSoort soort : new UitstroomSoort[] { UitstroomSoort.OPLEIDING, UitstroomSoort.VRIJWILLIGERSWERK,
				UitstroomSoort.GEEN }) {
			Uitstroom u = record(soort, ARRIVAL, null, null);
			assertThat(u.hoursPerWeek()).isNull();
			assertThat(u.underemployed()).isFalse();
		}
	}

	@Test
	void refusesNoKind() {
		refused(() -> record(null, TODAY, null, null), "rule.uitstroom.kind");
	}

	@Test
	void refusesNoStartDate() {
		refused(() -> record(UitstroomSoort.OPLEIDING, null, null, null), "rule.uitstroom.date");
	}

	@Test
	void startsOnArrivalOrTodayButNotBeforeOrAfter() {
		assertThat(record(UitstroomSoort.OPLEIDING, ARRIVAL, null, null).startDate()).isEqualTo(ARRIVAL);
		assertThat(record(UitstroomSoort.OPLEIDING, TODAY, null, null).startDate()).isEqualTo(TODAY);
		refused(() -> record(UitstroomSoort.OPLEIDING, ARRIVAL.minusDays(1), null, null),
				"rule.uitstroom.before-arrival");
		refused(() -> record(UitstroomSoort.OPLEIDING, TODAY.plusDays(1), null, null), "rule.uitstroom.future");
	}

	@Test
	void workHasOneToSixtyHoursAWeek() {
		assertThat(record(UitstroomSoort.WERK, TODAY, 1, Werkniveau.PASSEND).hoursPerWeek()).isEqualTo(1);
		assertThat(record(UitstroomSoort.WERK, TODAY, 60, Werkniveau.PASSEND).hoursPerWeek()).isEqualTo(60);
		refused(() -> record(UitstroomSoort.WERK, TODAY, 0, Werkniveau.PASSEND), "rule.uitstroom.hours");
		refused(() -> record(UitstroomSoort.WERK, TODAY, 61, Werkniveau.PASSEND), "rule.uitstroom.hours");
		refused(() -> record(UitstroomSoort.WERK, TODAY, null, Werkniveau.PASSEND), "rule.uitstroom.hours");
	}

	@Test
	void workSaysHowItComparesWithFormerWork() {
		refused(() -> record(UitstroomSoort.WERK, TODAY, 32, null), "rule.uitstroom.level");
	}

	@Test
	void hoursAndLevelBelongToWorkOnly() {
		refused(() -> record(UitstroomSoort.OPLEIDING, TODAY, 8, null), "rule.uitstroom.work-only");
		refused(() -> record(UitstroomSoort.VRIJWILLIGERSWERK, TODAY, null, Werkniveau.PASSEND),
				"rule.uitstroom.work-only");
	}

}
