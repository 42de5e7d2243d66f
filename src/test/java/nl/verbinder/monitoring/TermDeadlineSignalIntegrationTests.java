package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.Pip;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.inkoop.Resultaat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integration-term signal on the demo region: a participant of the language school
 * whose plan's term ends in two months, with no results yet, is signalled; once the
 * school reports the PVT, MAP, KNM and the four language exams passed, the signal ends.
 */
@VerbinderIntegrationTest
class TermDeadlineSignalIntegrationTests {

	private static final String SCHOOL = "taalschool";

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	Reporting reporting;

	@Autowired
	PipDecisions pips;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signalsATermEndingWithPartsOpenAndEndsItWhenTheResultsArePassed() {
		LocalDate today = LocalDate.now(clock);
		var participant = background.callAs(SCHOOL, reporting::participants).getLast();
		UUID person = participant.deelnemer().personId();
		HouseholdId household = new HouseholdId(participant.deelnemer().householdId());
		String caseManager = caseManagerOf(participant.deelnemer().gemeente().value());
		UUID route = participant.product(ProductSoort.B1_ROUTE).orElseThrow();

		// A plan on the B1 route whose three years end in two months.
		var inhoud = new PipInhoud(new Leerroute.B1Route(),
				Inburgeringstermijn.from(today.minusYears(Inburgeringstermijn.YEARS).plusMonths(2)),
				List.of(new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Examens B1 halen", today.plusMonths(1),
						List.of())),
				List.of(), null);
		background.runAs(caseManager, () -> establish(person, inhoud, today));

		assertThat(evaluatedKinds(caseManager, household)).contains(SignalKind.TERM_DEADLINE_NEAR);

		background.runAs(SCHOOL, () -> {
			for (Resultaat.Soort soort : List.of(Resultaat.Soort.PVT, Resultaat.Soort.MAP, Resultaat.Soort.KNM,
					Resultaat.Soort.LEZEN, Resultaat.Soort.LUISTEREN, Resultaat.Soort.SCHRIJVEN,
					Resultaat.Soort.SPREKEN)) {
				reporting.recordResult(participant.deelnemer().doorverwijzingId(), route,
						new Resultaat(today, soort, true, ""));
			}
		});
		assertThat(evaluatedKinds(caseManager, household)).doesNotContain(SignalKind.TERM_DEADLINE_NEAR);
	}

	/** Drafts (or revises) the person's plan, discusses and establishes it. */
	private void establish(UUID person, PipInhoud inhoud, LocalDate today) {
		PipView view;
		try {
			view = pips.pip(person);
			view = view.current().status() == Pip.Status.VASTGESTELD ? pips.revise(person, view.versie(), inhoud)
					: pips.updateDraft(person, view.versie(), inhoud);
		}
		catch (NoSuchElementException noPlanYet) {
			view = pips.draft(person, inhoud);
		}
		view = pips.discuss(person, view.versie(), today, "Ik wil de examens op tijd halen");
		pips.establish(person, view.versie(), today);
	}

	private List<SignalKind> evaluatedKinds(String caseManager, HouseholdId household) {
		return HouseholdSignals.evaluated(background, signals, caseManager, household);
	}

	private String caseManagerOf(String gemeente) {
		return HouseholdSignals.caseManagerOf(jdbc, gemeente);
	}

}
