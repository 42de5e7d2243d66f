package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.inburgering.Gezinsrol;
import org.junit.jupiter.api.Test;

class PlanStillDraftTests {

	private static final LocalDate BORN = LocalDate.of(1990, 6, 1);

	private static final LocalDate INTAKE = LocalDate.of(2026, 2, 10);

	private final PlanStillDraft rule = new PlanStillDraft(3);

	@Test
	void signalsAConceptPlanOnTheDayThreeMonthsAfterTheIntake() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, INTAKE, "CONCEPT", false, null));
		assertThat(rule.missed(facts, INTAKE.plusMonths(3).minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, INTAKE.plusMonths(3))).contains(INTAKE.plusMonths(3));
	}

	@Test
	void signalsADiscussedPlanThatWasNeverEstablishedAsWell() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, INTAKE, "BESPROKEN", false, null));
		assertThat(rule.missed(facts, INTAKE.plusMonths(8))).contains(INTAKE.plusMonths(3));
	}

	@Test
	void leavesEstablishedPlansAndTheirNewDraftsAlone() {
		assertThat(rule.missed(household(member(Gezinsrol.INBURGERAAR, BORN, INTAKE, "VASTGESTELD", true, null)),
				INTAKE.plusYears(1)))
			.isEmpty();
		// A revision in the making of a plan in force is not a plan still a draft.
		assertThat(rule.missed(household(member(Gezinsrol.INBURGERAAR, BORN, INTAKE, "CONCEPT", true, null)),
				INTAKE.plusYears(1)))
			.isEmpty();
	}

	@Test
	void needsAnIntakeToCountFrom() {
		assertThat(rule.missed(household(member(Gezinsrol.INBURGERAAR, BORN, null, "CONCEPT", false, null)),
				INTAKE.plusYears(1)))
			.isEmpty();
	}

	@Test
	void takesTheEarliestDueDateOfTheHousehold() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, INTAKE, "CONCEPT", false, null),
				member(Gezinsrol.NAREIZIGER, BORN, INTAKE.minusMonths(1), "CONCEPT", false, null));
		assertThat(rule.missed(facts, INTAKE.plusMonths(5))).contains(INTAKE.minusMonths(1).plusMonths(3));
	}

	@Test
	void refusesLessThanAMonth() {
		assertThatThrownBy(() -> new PlanStillDraft(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
