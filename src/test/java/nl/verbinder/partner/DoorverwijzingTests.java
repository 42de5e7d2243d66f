package nl.verbinder.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * A referral's steps: sent, then accepted or declined, started, then completed or
 * stopped; declining and stopping need a reason; every other step is refused.
 */
class DoorverwijzingTests {

	private static final LocalDate ANSWER_BY = LocalDate.of(2026, 4, 15);

	/** Every step a referral may take, and nothing else. */
	private static final Map<Status, Set<Status>> ALLOWED = Map.of(Status.VERSTUURD,
			EnumSet.of(Status.GEACCEPTEERD, Status.AFGEWEZEN, Status.GESTOPT), Status.GEACCEPTEERD,
			EnumSet.of(Status.GESTART, Status.GESTOPT), Status.GESTART, EnumSet.of(Status.AFGEROND, Status.GESTOPT),
			Status.AFGEWEZEN, EnumSet.noneOf(Status.class), Status.AFGEROND, EnumSet.noneOf(Status.class),
			Status.GESTOPT, EnumSet.noneOf(Status.class));

	private static Doorverwijzing referral(Status status) {
		return new Doorverwijzing(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new GemeenteCode("GM0197"),
				UUID.randomUUID(), null, UUID.randomUUID(), "Hulp bij het vinden van werk", Map.of(), status, null,
				Instant.parse("2026-04-01T09:00:00Z"), ANSWER_BY, UUID.randomUUID());
	}

	private static void refused(Runnable step, String rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(rule));
	}

	@Test
	void takesEveryAllowedStepWithAReason() {
		for (Status from : Status.values()) {
			for (Status to : ALLOWED.get(from)) {
				Doorverwijzing next = referral(from).naar(to, "Geen plek meer");
				assertThat(next.status()).as(from + " to " + to).isEqualTo(to);
				assertThat(referral(from).next()).as(from.name()).contains(to);
			}
		}
	}

	@Test
	void refusesEveryOtherStep() {
		int refusedSteps = 0;
		for (Status from : Status.values()) {
			for (Status to : Status.values()) {
				if (!ALLOWED.get(from).contains(to)) {
					refused(() -> referral(from).naar(to, "Reden"), "rule.referral.step");
					refusedSteps++;
				}
			}
		}
		assertThat(refusedSteps).isEqualTo(Status.values().length * Status.values().length - 7);
	}

	@Test
	void acceptingStartingAndCompletingNeedNoReason() {
		Doorverwijzing completed = referral(Status.VERSTUURD).naar(Status.GEACCEPTEERD, null)
			.naar(Status.GESTART, null)
			.naar(Status.AFGEROND, null);
		assertThat(completed.status()).isEqualTo(Status.AFGEROND);
		assertThat(completed.status().open()).isFalse();
	}

	@Test
	void decliningOrStoppingWithoutAReasonIsRefused() {
		refused(() -> referral(Status.VERSTUURD).naar(Status.AFGEWEZEN, " "), "rule.referral.step-reason");
		refused(() -> referral(Status.GESTART).naar(Status.GESTOPT, null), "rule.referral.step-reason");
		Doorverwijzing declined = referral(Status.VERSTUURD).naar(Status.AFGEWEZEN, "Wachtlijst vol");
		assertThat(declined.statusReden()).isEqualTo("Wachtlijst vol");
	}

	@Test
	void onlySentGoingAndStartedReferralsAreOpen() {
		assertThat(EnumSet.allOf(Status.class).stream().filter(Status::open))
			.containsExactlyInAnyOrder(Status.VERSTUURD, Status.GEACCEPTEERD, Status.GESTART);
	}

	@Test
	void aSentReferralNotAnsweredInTimeIsOverdue() {
		assertThat(referral(Status.VERSTUURD).achterstallig(ANSWER_BY)).isFalse();
		assertThat(referral(Status.VERSTUURD).achterstallig(ANSWER_BY.plusDays(1))).isTrue();
		assertThat(referral(Status.GEACCEPTEERD).achterstallig(ANSWER_BY.plusDays(1))).isFalse();
	}

	@Test
	void refusesAReasonForReferralOutsideItsLength() {
		refused(() -> new Doorverwijzing(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				new GemeenteCode("GM0197"), UUID.randomUUID(), null, UUID.randomUUID(), "ok", Map.of(),
				Status.VERSTUURD, null, Instant.now(), ANSWER_BY, UUID.randomUUID()), "rule.referral.reason-length");
	}

}
