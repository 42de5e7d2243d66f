package nl.verbinder.sleutelpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Verzoek.Status;
import org.junit.jupiter.api.Test;

/**
 * A request's life: open, offered to a key person, accepted (or declined, and open
 * again), done with a report; cancelled at any moment before it is done. Every other step
 * is refused with a rule.
 */
class VerzoekTests {

	private static final LocalDate FROM = LocalDate.of(2026, 11, 25);

	private static final UUID ASTER = UUID.randomUUID();

	private static final UUID TESFAY = UUID.randomUUID();

	private static final Verzoek.Verslag REPORT = new Verzoek.Verslag(FROM.plusDays(1), 90, 14,
			"Samen naar de huisarts");

	private static Verzoek open() {
		return new Verzoek(UUID.randomUUID(), Verzoek.Soort.HUISBEZOEK, List.of(new TaalCode("ti")), Rol.VERTALER,
				Domein.GEZONDHEID_EN_ZORG, new GemeenteCode("GM0197"), "Centrum", FROM, FROM.plusDays(5), 60,
				Verzoek.Urgentie.NORMAAL, null, null, "Gesprek met de huisarts voorbereiden", UUID.randomUUID(),
				Status.OPEN, null, Set.of(), null);
	}

	private static Verzoek offered() {
		return open().offerTo(ASTER);
	}

	private static Verzoek accepted() {
		return offered().accept(ASTER);
	}

	private static Verzoek done() {
		return accepted().complete(ASTER, REPORT);
	}

	private static Verzoek cancelled() {
		return open().cancel();
	}

	private static void refused(Runnable step, String rule) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class)
			.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(rule));
	}

	@Test
	void anOpenRequestIsOfferedToAKeyPerson() {
		Verzoek offered = open().offerTo(ASTER);
		assertThat(offered.status()).isEqualTo(Status.AANGEBODEN);
		assertThat(offered.assignedTo()).isEqualTo(ASTER);
	}

	@Test
	void theKeyPersonItWasOfferedToAcceptsIt() {
		Verzoek accepted = offered().accept(ASTER);
		assertThat(accepted.status()).isEqualTo(Status.GEACCEPTEERD);
		assertThat(accepted.assignedTo()).isEqualTo(ASTER);
	}

	@Test
	void theKeyPersonItWasOfferedToDeclinesItAndItIsOpenAgainButNotForThem() {
		Verzoek declined = offered().decline(ASTER);
		assertThat(declined.status()).isEqualTo(Status.OPEN);
		assertThat(declined.assignedTo()).isNull();
		assertThat(declined.declinedBy()).containsExactly(ASTER);
		assertThat(declined.offerTo(TESFAY).assignedTo()).isEqualTo(TESFAY);
		refused(() -> declined.offerTo(ASTER), "rule.request-offer.declined-before");
	}

	@Test
	void theKeyPersonWhoAcceptedReportsAndTheRequestIsDone() {
		Verzoek done = accepted().complete(ASTER, REPORT);
		assertThat(done.status()).isEqualTo(Status.AFGEROND);
		assertThat(done.verslag()).isEqualTo(REPORT);
	}

	@Test
	void anOpenOfferedOrAcceptedRequestIsCancelled() {
		for (Verzoek request : List.of(open(), offered(), accepted())) {
			Verzoek cancelled = request.cancel();
			assertThat(cancelled.status()).as(request.status().name()).isEqualTo(Status.GEANNULEERD);
			assertThat(cancelled.assignedTo()).isNull();
		}
	}

	@Test
	void onlyAnOpenRequestIsOffered() {
		for (Verzoek request : List.of(offered(), accepted(), done(), cancelled())) {
			refused(() -> request.offerTo(TESFAY), "rule.request-offer.not-open");
		}
	}

	@Test
	void onlyAnOfferedRequestIsAcceptedOrDeclinedAndOnlyByTheKeyPersonItWasOfferedTo() {
		for (Verzoek request : List.of(open(), accepted(), done(), cancelled())) {
			refused(() -> request.accept(ASTER), "rule.request.not-offered");
			refused(() -> request.decline(ASTER), "rule.request.not-offered");
		}
		refused(() -> offered().accept(TESFAY), "rule.request.not-offered");
		refused(() -> offered().decline(TESFAY), "rule.request.not-offered");
	}

	@Test
	void onlyTheKeyPersonWhoAcceptedReports() {
		for (Verzoek request : List.of(open(), offered(), done(), cancelled())) {
			refused(() -> request.complete(ASTER, REPORT), "rule.request.report-not-accepted");
		}
		refused(() -> accepted().complete(TESFAY, REPORT), "rule.request.report-not-accepted");
	}

	@Test
	void workIsNotReportedBeforeTheRequestsTimeWindow() {
		refused(() -> accepted().complete(ASTER, new Verzoek.Verslag(FROM.minusDays(1), 60, 0, "")),
				"rule.request.report-before-window");
	}

	@Test
	void aDoneOrCancelledRequestIsNotCancelled() {
		refused(() -> done().cancel(), "rule.request-offer.cancel");
		refused(() -> cancelled().cancel(), "rule.request-offer.cancel");
	}

	@Test
	void aReportCountsSensibleHoursKilometresAndText() {
		refused(() -> new Verzoek.Verslag(null, 60, 0, ""), "rule.request.report-date");
		refused(() -> new Verzoek.Verslag(FROM, 16 * 60 + 1, 0, ""), "rule.request.report-hours");
		refused(() -> new Verzoek.Verslag(FROM, 60, 1001, ""), "rule.request.report-km");
		refused(() -> new Verzoek.Verslag(FROM, 60, 0, "x".repeat(4001)), "rule.request.report-length");
	}

	/**
	 * A request as its household's file's destruction leaves it: no household, contact,
	 * purpose or report text; the status, key person and report's figures kept.
	 */
	private static Verzoek destroyed(Verzoek v) {
		var report = v.verslag() == null ? null
				: new Verzoek.Verslag(v.verslag().datum(), v.verslag().minuten(), v.verslag().km(), "");
		return new Verzoek(v.id(), v.soort(), v.talen(), v.rol(), v.domein(), v.gemeente(), v.wijk(), v.van(), v.tot(),
				v.minuten(), v.urgentie(), null, null, "", v.requestedBy(), v.status(), v.assignedTo(), v.declinedBy(),
				report, true);
	}

	@Test
	void aDoneRequestOfADestroyedHouseholdKeepsItsReportsFiguresWithoutItsText() {
		Verzoek kept = destroyed(done());
		assertThat(kept.status()).isEqualTo(Status.AFGEROND);
		assertThat(kept.verslag().minuten()).isEqualTo(90);
		assertThat(kept.verslag().km()).isEqualTo(14);
		assertThat(kept.verslag().tekst()).isEmpty();
		assertThat(kept.doel()).isEmpty();
	}

	@Test
	void aRequestOfADestroyedHouseholdNamesNobody() {
		Verzoek open = open();
		assertThatThrownBy(() -> new Verzoek(open.id(), open.soort(), open.talen(), open.rol(), open.domein(),
				open.gemeente(), open.wijk(), open.van(), open.tot(), open.minuten(), open.urgentie(), null, null,
				open.doel(), open.requestedBy(), open.status(), null, Set.of(), null, true))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Verzoek(open.id(), open.soort(), open.talen(), open.rol(), open.domein(),
				open.gemeente(), open.wijk(), open.van(), open.tot(), open.minuten(), open.urgentie(), null, "Aster",
				"", open.requestedBy(), open.status(), null, Set.of(), null, true))
			.isInstanceOf(IllegalArgumentException.class);
		refused(() -> new Verzoek(open.id(), open.soort(), open.talen(), open.rol(), open.domein(), open.gemeente(),
				open.wijk(), open.van(), open.tot(), open.minuten(), open.urgentie(), null, null, "",
				open.requestedBy(), open.status(), null, Set.of(), null, false), "rule.request-form.purpose");
	}

	@Test
	void nobodyIsSentToOrReportsOnADestroyedHouseholdButItsRequestMayBeLetGo() {
		refused(() -> destroyed(open()).offerTo(ASTER), "rule.request.destroyed");
		refused(() -> destroyed(offered()).accept(ASTER), "rule.request.destroyed");
		refused(() -> destroyed(accepted()).complete(ASTER, REPORT), "rule.request.destroyed");
		assertThat(destroyed(offered()).decline(ASTER).status()).isEqualTo(Status.OPEN);
		assertThat(destroyed(accepted()).cancel().vernietigd()).isTrue();
	}

}
