package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inkoop.Aanwezigheid;
import nl.verbinder.inkoop.AttendanceFacts;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.inkoop.Reporting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The attendance signals on the demo region: a newcomer behind on Zoetermeer's norm is
 * signalled, and when the language school reports the missing workshops and lessons the
 * signal ends on the report itself ({@code AttendanceReported}), without waiting for the
 * nightly run.
 */
@VerbinderIntegrationTest
@EnableScenarios
class AttendanceSignalIntegrationTests {

	private static final String SCHOOL = "taalschool";

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	Reporting reporting;

	@Autowired
	AttendanceFacts attendance;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewcomerWhoCatchesUpLosesTheLessonNormSignalOnTheReportItself(Scenario scenario) {
		// A participant of the language school behind on the norm: not every theme.
		var behind = background.callAs(SCHOOL, reporting::participants)
			.stream()
			.filter(p -> p.trajecten().stream().anyMatch(t -> t.soort() == ProductSoort.WORKSHOP))
			.filter(p -> evaluatedKinds(p.deelnemer().householdId(), p.deelnemer().gemeente().value())
				.contains(SignalKind.LESSON_NORM_MISSED))
			.findFirst()
			.orElseThrow();
		var participant = behind.deelnemer();
		HouseholdId household = new HouseholdId(participant.householdId());
		String caseManager = caseManagerOf(participant.gemeente().value());
		var facts = background.callAs(caseManager, () -> attendance.of(household))
			.get(household)
			.stream()
			.filter(a -> a.personId().equals(participant.personId()))
			.findFirst()
			.orElseThrow();
		List<Aanwezigheid.Workshopthema> missing = List.of(Aanwezigheid.Workshopthema.values())
			.stream()
			.filter(t -> !facts.workshops().containsKey(t))
			.toList();
		assertThat(missing).isNotEmpty();
		var products = behind.producten();
		var route = products.stream().filter(p -> p.soort() == ProductSoort.B1_ROUTE).findFirst().orElseThrow();
		var workshops = products.stream().filter(p -> p.soort() == ProductSoort.WORKSHOP).findFirst().orElseThrow();
		LocalDate today = LocalDate.now(clock);

		scenario.stimulate(() -> background.runAs(SCHOOL, () -> {
			reporting.reportAttendance(participant.doorverwijzingId(), route.productId(),
					new Aanwezigheid(today, Aanwezigheid.Soort.LES, null, 20, 0, new BigDecimal("40")));
			for (Aanwezigheid.Workshopthema theme : missing) {
				reporting.reportAttendance(participant.doorverwijzingId(), workshops.productId(),
						new Aanwezigheid(today, Aanwezigheid.Soort.WORKSHOP, theme, 1, 0, new BigDecimal("2")));
			}
		}))
			.andWaitForStateChange(() -> openKinds(household.value(), participant.gemeente().value()),
					kinds -> !kinds.contains(SignalKind.LESSON_NORM_MISSED))
			.andVerify(kinds -> assertThat(kinds).doesNotContain(SignalKind.LESSON_NORM_MISSED));
	}

	/** The open signals of a household after evaluating it now. */
	private List<SignalKind> evaluatedKinds(UUID household, String gemeente) {
		return HouseholdSignals.evaluated(background, signals, caseManagerOf(gemeente), new HouseholdId(household));
	}

	/** The open signals of a household as they are, without evaluating it. */
	private List<SignalKind> openKinds(UUID household, String gemeente) {
		return HouseholdSignals.open(background, signals, caseManagerOf(gemeente), new HouseholdId(household));
	}

	private String caseManagerOf(String gemeente) {
		return HouseholdSignals.caseManagerOf(jdbc, gemeente);
	}

}
