package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AfrondingTests {

	private static final UUID PERSON = UUID.randomUUID();

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Test
	void anOntheffingNeedsTheDecisionsReference() {
		assertThatThrownBy(() -> new Afronding(PERSON, Onderdeel.TAALEXAMENS_B1, Afronding.Wijze.ONTHEFFING, DAY, " "))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.afronding.ontheffing-reason");
		assertThat(new Afronding(PERSON, Onderdeel.TAALEXAMENS_B1, Afronding.Wijze.ONTHEFFING, DAY, " 2026/123 ")
			.toelichting()).isEqualTo("2026/123");
		assertThat(new Afronding(PERSON, Onderdeel.KNM, Afronding.Wijze.VRIJSTELLING, DAY, "  ").toelichting())
			.isNull();
	}

	@Test
	void onlyThePartsWithAnExamOrResultOfTheirOwnCanBeCompleted() {
		assertThatThrownBy(
				() -> new Afronding(PERSON, Onderdeel.ONDERWIJSPROGRAMMA, Afronding.Wijze.BEHAALD, DAY, null))
			.hasMessageContaining("rule.afronding.onderdeel");
		assertThatThrownBy(
				() -> new Afronding(PERSON, Onderdeel.ZELFREDZAAMHEIDSPROGRAMMA, Afronding.Wijze.BEHAALD, DAY, null))
			.hasMessageContaining("rule.afronding.onderdeel");
		for (Onderdeel part : Afronding.ONDERDELEN) {
			assertThat(new Afronding(PERSON, part, Afronding.Wijze.BEHAALD, DAY, null).onderdeel()).isEqualTo(part);
		}
	}

	@Test
	void aRemarkHoldsAtMostFiveHundredCharacters() {
		assertThat(new Afronding(PERSON, Onderdeel.PVT, Afronding.Wijze.BEHAALD, DAY, "x".repeat(500)).toelichting())
			.hasSize(500);
		assertThatThrownBy(() -> new Afronding(PERSON, Onderdeel.PVT, Afronding.Wijze.BEHAALD, DAY, "x".repeat(501)))
			.hasMessageContaining("rule.afronding.toelichting-length");
	}

	@Test
	void needsThePartTheWayAndTheDay() {
		assertThatThrownBy(() -> new Afronding(PERSON, null, Afronding.Wijze.BEHAALD, DAY, null))
			.hasMessageContaining("rule.afronding.incomplete");
		assertThatThrownBy(() -> new Afronding(PERSON, Onderdeel.PVT, null, DAY, null))
			.hasMessageContaining("rule.afronding.incomplete");
		assertThatThrownBy(() -> new Afronding(PERSON, Onderdeel.PVT, Afronding.Wijze.BEHAALD, null, null))
			.hasMessageContaining("rule.afronding.incomplete");
	}

	@Test
	void readsThePartsCompletedFromTheFactsQuery() {
		assertThat(Afronding.parse(null)).isEmpty();
		assertThat(Afronding.parse("PVT=2026-03-01,TAALEXAMENS_B1=2026-05-31")).isEqualTo(
				Map.of(Onderdeel.PVT, LocalDate.of(2026, 3, 1), Onderdeel.TAALEXAMENS_B1, LocalDate.of(2026, 5, 31)));
	}

}
