package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

	private static Member member(LocalDate permit, String bsn, String country) {
		return new Member(UUID.randomUUID(), "Aster", "Kidane", LocalDate.of(1990, 1, 1), Gezinsrol.INBURGERAAR,
				Geslacht.VROUW, country, country, permit, bsn, null);
	}

	@Test
	void theRegimeFollowsFromThePermitDate() {
		assertThat(member(LocalDate.of(2021, 12, 31), null, null).regime()).isEqualTo(Regime.WI2013);
		assertThat(member(LocalDate.of(2022, 1, 1), null, null).regime()).isEqualTo(Regime.WI2021);
		assertThat(member(null, null, null).regime()).isEqualTo(Regime.ONBEKEND);
		assertThat(Regime.WI2021.hasPip()).isTrue();
		assertThat(Regime.WI2013.hasPip()).isFalse();
	}

	@Test
	void rejectsAnInvalidBsnAndNormalisesAValidOne() {
		assertThatThrownBy(() -> member(null, "123456789", null)).hasMessageContaining("rule.bsn.eleven-test");
		assertThat(member(null, "1112 22 333", null).bsn()).isEqualTo("111222333");
	}

	@Test
	void rejectsImpossibleDatesAndMalformedCodes() {
		assertThatThrownBy(() -> member(LocalDate.of(1980, 1, 1), null, null))
			.hasMessageContaining("rule.member.permit-before-birth");
		assertThatThrownBy(() -> member(null, null, "Syria"))
			.hasMessageContaining("rule.member.country-format [field.geboorteland]");
		assertThat(member(null, null, "sy").nationaliteit()).isEqualTo("SY");
		assertThatThrownBy(() -> new Member(UUID.randomUUID(), "A", "B", LocalDate.of(1990, 1, 1), Gezinsrol.KIND, null,
				null, null, null, null, "12345"))
			.hasMessageContaining("rule.member.v-number");
		assertThatThrownBy(() -> new Member(UUID.randomUUID(), "x".repeat(201), "B", LocalDate.of(1990, 1, 1),
				Gezinsrol.KIND, null, null, null, null, null, null))
			.hasMessageContaining("rule.field.too-long [field.voornaam, 200]");
	}

	@Test
	void findsNamesThatDifferOnlyByTransliteration() {
		assertThat(DuplicateDetection.similar("Mohammed Al-Hassan", "Mohammad Al Hassan")).isTrue();
		assertThat(DuplicateDetection.similar("Aster Kidane", "ASTER KIDANE")).isTrue();
		assertThat(DuplicateDetection.similar("Aster Kidane", "Selam Kidane")).isFalse();
		assertThat(DuplicateDetection.distance("kitten", "sitting")).isEqualTo(3);
	}

}
