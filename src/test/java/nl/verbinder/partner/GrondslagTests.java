package nl.verbinder.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.partner.Grondslag.Soort;
import nl.verbinder.partner.Grondslag.Wijze;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The basis for sharing: given, holding for a while, withdrawn (consent only), and what
 * it refuses.
 */
class GrondslagTests {

	private static final LocalDate GIVEN = LocalDate.of(2026, 3, 2);

	private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

	private static final UUID ORGANISATION = UUID.randomUUID();

	private static final UUID PERSON = UUID.randomUUID();

	private static Grondslag basis(Soort soort, @Nullable Wijze wijze, @Nullable String getuige, @Nullable String taak,
			@Nullable LocalDate until, Set<Gegevenscategorie> categories, String purpose) {
		return new Grondslag(UUID.randomUUID(), UUID.randomUUID(), null, new GemeenteCode("GM0197"), ORGANISATION,
				soort, purpose, categories, wijze, getuige, taak, GIVEN, until, null, UUID.randomUUID(), NOW);
	}

	private static Grondslag consent(@Nullable LocalDate until) {
		return basis(Soort.TOESTEMMING, Wijze.ONDERTEKEND, null, null, until, Set.of(Gegevenscategorie.values()[0]),
				"Begeleiding naar werk");
	}

	private static Grondslag legalTask() {
		return basis(Soort.WETTELIJKE_TAAK, null, null, "Wet inburgering 2021, art. 16", null,
				Set.of(Gegevenscategorie.values()[0]), "Regie op de inburgering");
	}

	private static void refused(Runnable step, String rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(rule));
	}

	@Test
	void givenConsentHoldsFromTheDayItWasGivenUntilItsEnd() {
		Grondslag consent = consent(GIVEN.plusMonths(6));
		assertThat(consent.geldig(GIVEN.minusDays(1))).isFalse();
		assertThat(consent.geldig(GIVEN)).isTrue();
		assertThat(consent.geldig(GIVEN.plusMonths(6))).isTrue();
		assertThat(consent.geldig(GIVEN.plusMonths(6).plusDays(1))).isFalse();
	}

	@Test
	void withdrawnConsentHoldsNoLongerAndCoversNothing() {
		Grondslag withdrawn = consent(null).withdraw(NOW);
		assertThat(withdrawn.withdrawnOn()).isEqualTo(NOW);
		assertThat(withdrawn.geldig(GIVEN.plusDays(1))).isFalse();
	}

	@Test
	void consentThatWasWithdrawnCannotBeWithdrawnAgain() {
		Grondslag withdrawn = consent(null).withdraw(NOW);
		refused(() -> withdrawn.withdraw(NOW.plusSeconds(60)), "rule.basis.withdrawn-already");
	}

	@Test
	void aLegalTaskHoldsWithoutEndAndIsNotWithdrawn() {
		Grondslag task = legalTask();
		assertThat(task.geldig(GIVEN.plusYears(3))).isTrue();
		assertThat(task.wijze()).isNull();
		refused(() -> task.withdraw(NOW), "rule.basis.withdraw-legal-task");
	}

	@Test
	void coversOnlyItsOwnOrganisationPersonAndCategories() {
		Gegevenscategorie first = Gegevenscategorie.values()[0];
		Gegevenscategorie other = Gegevenscategorie.values()[1];
		Grondslag consent = consent(null);
		assertThat(consent.covers(ORGANISATION, PERSON, Set.of(first))).isTrue();
		assertThat(consent.covers(ORGANISATION, PERSON, Set.of(first, other))).isFalse();
		assertThat(consent.covers(UUID.randomUUID(), PERSON, Set.of(first))).isFalse();
	}

	@Test
	void refusesConsentWithoutHowItWasGivenOrVerbalConsentWithoutWitness() {
		Set<Gegevenscategorie> one = Set.of(Gegevenscategorie.values()[0]);
		refused(() -> basis(Soort.TOESTEMMING, null, null, null, null, one, "Begeleiding"), "rule.basis.consent-how");
		refused(() -> basis(Soort.TOESTEMMING, Wijze.MONDELING_MET_GETUIGE, " ", null, null, one, "Begeleiding"),
				"rule.basis.witness");
		assertThat(basis(Soort.TOESTEMMING, Wijze.MONDELING_MET_GETUIGE, "Yonas", null, null, one, "Begeleiding")
			.getuige()).isEqualTo("Yonas");
	}

	@Test
	void refusesALegalTaskThatIsNotNamed() {
		refused(() -> basis(Soort.WETTELIJKE_TAAK, null, null, "  ", null, Set.of(Gegevenscategorie.values()[0]),
				"Regie"), "rule.basis.legal-task");
	}

	@Test
	void refusesAPurposeOutsideItsLengthAndABasisWithoutCategories() {
		Set<Gegevenscategorie> one = Set.of(Gegevenscategorie.values()[0]);
		refused(() -> basis(Soort.TOESTEMMING, Wijze.PORTAAL, null, null, null, one, "ab"), "rule.basis.purpose");
		refused(() -> basis(Soort.TOESTEMMING, Wijze.PORTAAL, null, null, null, one, "x".repeat(501)),
				"rule.basis.purpose");
		refused(() -> basis(Soort.TOESTEMMING, Wijze.PORTAAL, null, null, null, Set.of(), "Begeleiding"),
				"rule.basis.no-category");
	}

	@Test
	void refusesConsentThatEndsBeforeItWasGiven() {
		refused(() -> consent(GIVEN.minusDays(1)), "rule.basis.ends-before-given");
	}

}
