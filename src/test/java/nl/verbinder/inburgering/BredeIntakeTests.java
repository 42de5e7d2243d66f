package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Properties;

class BredeIntakeTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

	private final Member aster = new Member(UUID.randomUUID(), "Aster", "Kidane", LocalDate.of(1994, 5, 6),
			Gezinsrol.INBURGERAAR, null, "ER", "ER", LocalDate.of(2025, 1, 10), null, null);

	private final Household household = Household.register(new GemeenteCode("GM0222"), "Grutbroek 12", "7001AB",
			LocalDate.of(2025, 6, 1), UUID.randomUUID(), List.of(aster), clock);

	private BredeIntake intake(LocalDate on, DomainAssessment... domains) {
		return BredeIntake.record(household, aster.personId(), on, UUID.randomUUID(), List.of(domains), clock);
	}

	@Test
	void scoresLieOnTheFiveLevelScale() {
		assertThatThrownBy(() -> new DomainAssessment(Domein.WERK, 0, null, null))
			.hasMessageContaining("rule.intake.score [domein.WERK, 1, 5]");
		assertThatThrownBy(() -> new DomainAssessment(Domein.WERK, 6, null, null))
			.hasMessageContaining("rule.intake.score [domein.WERK, 1, 5]");
		assertThat(new DomainAssessment(Domein.WERK, null, " wil in de zorg werken ", null).notitie())
			.isEqualTo("wil in de zorg werken");
		assertThatThrownBy(() -> new DomainAssessment(Domein.WERK, 3, "x".repeat(2001), null))
			.hasMessageContaining("rule.field.too-long [rule.field.notitie, 2000]");
	}

	@Test
	void anIntakeAssessesAtLeastOneDomainEachAtMostOnce() {
		assertThatThrownBy(() -> intake(LocalDate.of(2025, 7, 1), new DomainAssessment(Domein.WERK, null, null, null)))
			.hasMessageContaining("rule.intake.no-domain");
		assertThatThrownBy(() -> intake(LocalDate.of(2025, 7, 1), new DomainAssessment(Domein.WERK, 2, null, null),
				new DomainAssessment(Domein.WERK, 3, null, null)))
			.hasMessageContaining("rule.intake.domain-twice [domein.WERK]");
		assertThat(intake(LocalDate.of(2025, 7, 1), new DomainAssessment(Domein.WERK, 2, null, null),
				new DomainAssessment(Domein.CULTUUR, null, null, null))
			.domains()).hasSize(1);
	}

	@Test
	void anIntakeIsNeverDatedInTheFutureOrBeforeBirth() {
		assertThatThrownBy(() -> intake(LocalDate.of(2026, 11, 24), new DomainAssessment(Domein.WERK, 2, null, null)))
			.hasMessageContaining("rule.intake.future");
		assertThatThrownBy(() -> intake(LocalDate.of(1990, 1, 1), new DomainAssessment(Domein.WERK, 2, null, null)))
			.hasMessageContaining("rule.intake.before-birth");
	}

	@Test
	void onlyMembersOfTheHouseholdCanBeAssessed() {
		assertThatThrownBy(() -> BredeIntake.record(household, UUID.randomUUID(), LocalDate.of(2025, 7, 1),
				UUID.randomUUID(), List.of(new DomainAssessment(Domein.WERK, 2, null, null)), clock))
			.isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void measuresTheChangePerDomainBetweenTwoIntakes() {
		BredeIntake before = intake(LocalDate.of(2025, 7, 1), new DomainAssessment(Domein.WERK, 1, null, null),
				new DomainAssessment(Domein.TAAL_EN_COMMUNICATIE, 2, null, null));
		BredeIntake after = intake(LocalDate.of(2026, 7, 1), new DomainAssessment(Domein.WERK, 3, null, null),
				new DomainAssessment(Domein.HUISVESTING, 4, null, null));
		IntakeComparison comparison = IntakeComparison.between(before, after);
		assertThat(comparison.changes()).hasSize(14);
		assertThat(comparison.changes()).filteredOn(c -> c.domein() == Domein.WERK)
			.singleElement()
			.satisfies(c -> assertThat(c.delta()).isEqualTo(2));
		assertThat(comparison.changes()).filteredOn(c -> c.domein() == Domein.TAAL_EN_COMMUNICATIE)
			.singleElement()
			.satisfies(c -> assertThat(c.delta()).isNull());
		assertThat(comparison.changes()).filteredOn(c -> c.domein() == Domein.HUISVESTING)
			.singleElement()
			.satisfies(c -> assertThat(c.after()).isEqualTo(4));
	}

	@Test
	void everyDomainExplainsEveryLevelOfTheScaleInDutchAndEnglish() {
		for (String bundle : List.of("messages", "messages_en")) {
			var messages = new Properties();
			try (var in = getClass().getResourceAsStream("/" + bundle + ".properties")) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			for (Domein domein : Domein.values()) {
				for (int score = DomainAssessment.LOWEST; score <= DomainAssessment.HIGHEST; score++) {
					assertThat(messages.getProperty("intake.anchor." + domein + "." + score))
						.as(bundle + ": " + domein + " " + score)
						.isNotBlank();
				}
			}
		}
	}

}
