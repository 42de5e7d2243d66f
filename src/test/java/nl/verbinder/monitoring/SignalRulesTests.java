package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SignalRulesTests {

	private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 5);

	private static HouseholdFacts facts(@Nullable LocalDate lastContact, @Nullable LocalDate openDeadline,
			boolean pip) {
		return new HouseholdFacts(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM1586"), REGISTERED,
				lastContact, openDeadline, pip);
	}

	private final SignalPolicy noContact = new SignalPolicy.NoContact(60);

	private final SignalPolicy noPip = new SignalPolicy.NoPip(10);

	private final SignalPolicy overdue = new SignalPolicy.AgreementOverdue(0);

	@Test
	void signalsNoContactOnTheSixtiethDayAfterTheLastContact() {
		LocalDate contact = LocalDate.of(2026, 3, 1);
		assertThat(noContact.missed(facts(contact, null, true), contact.plusDays(59))).isEmpty();
		assertThat(noContact.missed(facts(contact, null, true), contact.plusDays(60))).contains(contact.plusDays(60));
	}

	@Test
	void countsNoContactFromTheRegistrationWhenThereWasNone() {
		assertThat(noContact.missed(facts(null, null, true), REGISTERED.plusDays(59))).isEmpty();
		assertThat(noContact.missed(facts(null, null, true), REGISTERED.plusDays(60)))
			.contains(REGISTERED.plusDays(60));
	}

	@Test
	void closesNoContactWhenAContactIsRecorded() {
		LocalDate today = REGISTERED.plusDays(200);
		assertThat(noContact.missed(facts(REGISTERED.plusDays(10), null, true), today)).isPresent();
		assertThat(noContact.missed(facts(today, null, true), today)).isEmpty();
	}

	@Test
	void signalsAMissingPipOnlyAfterTenFullWeeks() {
		LocalDate term = REGISTERED.plusWeeks(10);
		assertThat(noPip.missed(facts(null, null, false), term)).isEmpty();
		assertThat(noPip.missed(facts(null, null, false), term.plusDays(1))).contains(term);
	}

	@Test
	void closesTheMissingPipSignalOnceAPipIsEstablished() {
		assertThat(noPip.missed(facts(null, null, true), REGISTERED.plusWeeks(30))).isEmpty();
	}

	@Test
	void signalsAnAgreedStepTheDayAfterItsDueDate() {
		LocalDate deadline = LocalDate.of(2026, 4, 15);
		assertThat(overdue.missed(facts(null, deadline, true), deadline)).isEmpty();
		assertThat(overdue.missed(facts(null, deadline, true), deadline.plusDays(1))).contains(deadline);
		assertThat(overdue.missed(facts(null, null, true), deadline.plusDays(30))).isEmpty();
	}

	@Test
	void waitsTheGraceDaysBeforeSignallingAnAgreedStep() {
		LocalDate deadline = LocalDate.of(2026, 4, 15);
		SignalPolicy lenient = new SignalPolicy.AgreementOverdue(7);
		assertThat(lenient.missed(facts(null, deadline, true), deadline.plusDays(7))).isEmpty();
		assertThat(lenient.missed(facts(null, deadline, true), deadline.plusDays(8))).contains(deadline);
	}

	@Test
	void takesItsThresholdsFromTheSettings() {
		var rules = new SignalRules(new SignalSettings(30, 4, 0).policies());
		LocalDate today = REGISTERED.plusDays(30);
		var findings = rules.findings(List.of(facts(null, null, false), facts(null, null, true)), today);
		assertThat(findings).extracting(SignalRules.Finding::kind)
			.containsExactlyInAnyOrder(SignalKind.NO_CONTACT, SignalKind.NO_PIP, SignalKind.NO_CONTACT);
		assertThat(rules.findings(List.of(facts(today, null, true)), today)).isEmpty();
	}

	@Test
	void refusesThresholdsThatMakeNoSense() {
		assertThatThrownBy(() -> new SignalPolicy.NoContact(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SignalPolicy.NoPip(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SignalPolicy.AgreementOverdue(-1)).isInstanceOf(IllegalArgumentException.class);
	}

}
