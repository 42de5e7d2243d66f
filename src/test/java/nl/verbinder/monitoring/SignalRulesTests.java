package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SignalRulesTests {

	private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 5);

	/**
	 * Financial unburdening running since the registration: not what these tests are
	 * about.
	 */
	private static final Ontzorging UNBURDENED = new Ontzorging(REGISTERED, null, false);

	private static SignalFacts facts(@Nullable LocalDate lastContact, @Nullable LocalDate openDeadline, boolean pip) {
		return facts("GM1586", lastContact, openDeadline, pip);
	}

	private static SignalFacts facts(String gemeente, @Nullable LocalDate lastContact, @Nullable LocalDate openDeadline,
			boolean pip) {
		return new SignalFacts(new HouseholdFacts(new HouseholdId(UUID.randomUUID()), new GemeenteCode(gemeente),
				REGISTERED, REGISTERED, lastContact, openDeadline, pip, null, false, List.of(), UNBURDENED));
	}

	private final SignalPolicy noContact = new NoContact(60);

	private final SignalPolicy noPip = new NoPip(10);

	private final SignalPolicy overdue = new AgreementOverdue(0);

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
		SignalPolicy lenient = new AgreementOverdue(7);
		assertThat(lenient.missed(facts(null, deadline, true), deadline.plusDays(7))).isEmpty();
		assertThat(lenient.missed(facts(null, deadline, true), deadline.plusDays(8))).contains(deadline);
	}

	@Test
	void takesItsThresholdsFromTheSettings() {
		var rules = new SignalRules(new Thresholds(30, 4, 0, 3, 0, 3, 6, 5, 14, 26, 3, 80, 4, 6, 6, 6, 3));
		LocalDate today = REGISTERED.plusDays(30);
		var findings = rules.findings(List.of(facts(null, null, false), facts(null, null, true)), today);
		assertThat(findings).extracting(SignalRules.Finding::kind)
			.containsExactlyInAnyOrder(SignalKind.NO_CONTACT, SignalKind.NO_PIP, SignalKind.NO_CONTACT);
		assertThat(rules.findings(List.of(facts(today, null, true)), today)).isEmpty();
	}

	@Test
	void takesAMunicipalitysOwnThresholdsBeforeTheRegionsDefaults() {
		Thresholds defaults = new Thresholds(60, 10, 0, 3, 0, 3, 6, 5, 14, 26, 3, 80, 4, 6, 6, 6, 3);
		var rules = new SignalRules(defaults,
				Map.of("GM1586", new Thresholds(30, 10, 0, 3, 0, 3, 6, 5, 14, 26, 3, 80, 4, 6, 6, 6, 3)));
		LocalDate today = REGISTERED.plusDays(30);
		assertThat(rules.findings(List.of(facts(null, null, true)), today)).extracting(SignalRules.Finding::kind)
			.containsExactly(SignalKind.NO_CONTACT);
		SignalFacts elsewhere = facts("GM0294", null, null, true);
		assertThat(rules.findings(List.of(elsewhere), today)).isEmpty();
	}

	@Test
	void refusesThresholdsThatMakeNoSense() {
		assertThatThrownBy(() -> new NoContact(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NoPip(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AgreementOverdue(-1)).isInstanceOf(IllegalArgumentException.class);
	}

}
