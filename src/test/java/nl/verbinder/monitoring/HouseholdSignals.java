package nl.verbinder.monitoring;

import java.util.List;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A household's signals as a case manager of its municipality sees them, for the tests of
 * the rules that raise them.
 */
final class HouseholdSignals {

	private HouseholdSignals() {
	}

	/** The first case manager of the municipality, by username. */
	static String caseManagerOf(JdbcClient jdbc, String gemeente) {
		return jdbc
			.sql("select username from access.account where role = 'CASE_MANAGER' and gemeente = ? order by username")
			.param(gemeente)
			.query(String.class)
			.list()
			.getFirst();
	}

	/** The open signals of a household as they are, without evaluating it. */
	static List<SignalKind> open(BackgroundWork background, Signals signals, String caseManager,
			HouseholdId household) {
		return background.callAs(caseManager, () -> signals.ofHousehold(household))
			.stream()
			.filter(SignalView::open)
			.map(SignalView::kind)
			.toList();
	}

	/** The open signals of a household after evaluating it now. */
	static List<SignalKind> evaluated(BackgroundWork background, Signals signals, String caseManager,
			HouseholdId household) {
		background.callAs(caseManager, () -> signals.evaluate(household));
		return open(background, signals, caseManager, household);
	}

}
