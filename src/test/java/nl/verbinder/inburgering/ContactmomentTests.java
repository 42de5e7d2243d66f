package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.inburgering.Contactmoment.Afspraak;
import nl.verbinder.inburgering.Contactmoment.Kanaal;
import nl.verbinder.inburgering.Contactmoment.Vertolking;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import java.util.Collections;

/**
 * A contact moment is recorded once, with its agreements open; an open agreement is
 * marked done, once. What it refuses is refused with a rule.
 */
class ContactmomentTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	private static final Clock CLOCK = Clock
		.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneId.of("Europe/Amsterdam"));

	private static final Household HOUSEHOLD = Household.register(new GemeenteCode("GM0197"), "Markt 1", "7121 AB",
			TODAY.minusMonths(2), UUID.randomUUID(), List.of(new Member(UUID.randomUUID(), "Aster", "Kidane",
					LocalDate.of(1990, 1, 1), Gezinsrol.INBURGERAAR, null, null, null, null, null, null)),
			CLOCK);

	private static Contactmoment record(LocalDate on, List<Afspraak> agreements) {
		return Contactmoment.record(HOUSEHOLD, on, Kanaal.HUISBEZOEK, List.of("Aster"), Vertolking.SLEUTELPERSOON, "ti",
				"Over school en werk gesproken", agreements, UUID.randomUUID(), CLOCK);
	}

	private static Afspraak agreement(LocalDate due) {
		return new Afspraak("Inschrijven bij de taalschool", due, null);
	}

	private static void refused(Runnable step, String rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(rule));
	}

	@Test
	void aContactMomentIsRecordedWithItsAgreementsOpen() {
		Contactmoment contact = record(TODAY, List.of(agreement(TODAY.plusWeeks(2))));
		assertThat(contact.afspraken()).singleElement().satisfies(a -> assertThat(a.open()).isTrue());
		assertThat(contact.householdId()).isEqualTo(HOUSEHOLD.id().value());
	}

	@Test
	void anOpenAgreementIsMarkedDone() {
		Contactmoment contact = record(TODAY, List.of(agreement(TODAY.plusWeeks(2)), agreement(TODAY.plusWeeks(3))));
		contact.complete(1, TODAY.plusDays(3));
		assertThat(contact.afspraken().get(0).open()).isTrue();
		assertThat(contact.afspraken().get(1).completedOn()).isEqualTo(TODAY.plusDays(3));
	}

	@Test
	void anAgreementThatIsDoneIsNotMarkedDoneAgain() {
		Contactmoment contact = record(TODAY, List.of(agreement(TODAY.plusWeeks(2))));
		contact.complete(0, TODAY.plusDays(3));
		refused(() -> contact.complete(0, TODAY.plusDays(4)), "rule.agreement.done-already");
		assertThat(contact.afspraken().getFirst().completedOn()).isEqualTo(TODAY.plusDays(3));
	}

	@Test
	void anAgreementThatDoesNotExistIsNotFound() {
		Contactmoment contact = record(TODAY, List.of(agreement(TODAY.plusWeeks(2))));
		assertThatThrownBy(() -> contact.complete(1, TODAY)).isInstanceOf(NoSuchElementException.class);
		assertThatThrownBy(() -> contact.complete(-1, TODAY)).isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void aContactMomentInTheFutureIsRefused() {
		refused(() -> record(TODAY.plusDays(1), List.of()), "rule.contact.date");
	}

	@Test
	void aContactMomentWithoutChannelSummaryOrWithTooManyPeopleIsRefused() {
		refused(() -> Contactmoment.record(HOUSEHOLD, TODAY, null, List.of(), Vertolking.GEEN, null, "Samenvatting",
				List.of(), UUID.randomUUID(), CLOCK), "rule.contact.channel");
		refused(() -> Contactmoment.record(HOUSEHOLD, TODAY, Kanaal.KANTOOR, List.of(), Vertolking.GEEN, null, " ",
				List.of(), UUID.randomUUID(), CLOCK), "rule.contact.summary");
		refused(() -> Contactmoment.record(HOUSEHOLD, TODAY, Kanaal.KANTOOR, Collections.nCopies(21, "Iemand"),
				Vertolking.GEEN, null, "Samenvatting", List.of(), UUID.randomUUID(), CLOCK), "rule.contact.present");
	}

	@Test
	void anAgreementDueBeforeTheContactMomentIsRefused() {
		refused(() -> record(TODAY, List.of(agreement(TODAY.minusDays(1)))), "rule.agreement.due-before-contact");
	}

	@Test
	void anAgreementWithoutDescriptionOrDueDateIsRefused() {
		refused(() -> new Afspraak(" ", TODAY, null), "rule.agreement.description");
		refused(() -> new Afspraak("Bellen", null, null), "rule.agreement.due-date");
	}

}
