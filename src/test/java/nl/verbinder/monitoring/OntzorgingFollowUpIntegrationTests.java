package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Ontzorgen;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Financial unburdening that ended without a follow-up is signalled for the months the
 * municipality set after its last day, not for ever: a household of Berkelland whose
 * unburdening ended four months ago is signalled while the municipality keeps it twelve
 * months, and the nightly run closes the signal once the municipality keeps it three. The
 * household's unburdening and the municipality's thresholds are put back afterwards.
 */
@VerbinderIntegrationTest
class OntzorgingFollowUpIntegrationTests {

	private static final String CASE_MANAGER = "consulent.berkelland";

	private static final GemeenteCode BERKELLAND = new GemeenteCode("GM1859");

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	SignalThresholds thresholds;

	@Autowired
	Ontzorgen ontzorgen;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anEndWithoutAFollowUpIsSignalledForTheMunicipalitysMonthsAndTheNightlyRunClosesItAfter() throws Exception {
		LocalDate ended = LocalDate.now().minusMonths(4);
		HouseholdId household = householdWithUnburdeningSince(ended.minusMonths(1));
		Ontzorging before = background.callAs(CASE_MANAGER, () -> ontzorgen.of(household)).orElseThrow();
		List<Integer> values = background.callAs("coordinator", thresholds::inScope)
			.stream()
			.filter(s -> s.gemeente().equals(BERKELLAND))
			.findFirst()
			.orElseThrow()
			.thresholds()
			.values();
		try {
			background.runAs("coordinator", () -> thresholds.set(BERKELLAND, followUpMonths(values, 12)));
			background.callAs(CASE_MANAGER,
					() -> ontzorgen.record(household, new Ontzorging(before.vanaf(), ended, false)));
			awaitReactions(household);
			background.callAs(CASE_MANAGER, () -> signals.evaluate(household));
			assertThat(openDueDates(household)).as("four months after its end, within the municipality's twelve")
				.containsExactly(ended);

			background.runAs("coordinator", () -> thresholds.set(BERKELLAND, followUpMonths(values, 3)));
			background.callAsSystem(NightlySignalRun.ACTOR, BERKELLAND, signals::runInScope);
			assertThat(openDueDates(household)).as("closed by the nightly run: more than three months after its end")
				.isEmpty();
		}
		finally {
			background.runAs("coordinator", () -> thresholds.set(BERKELLAND, values));
			background.callAs(CASE_MANAGER, () -> ontzorgen.record(household, before));
			awaitReactions(household);
			background.callAs(CASE_MANAGER, () -> signals.evaluate(household));
		}
	}

	private static List<Integer> followUpMonths(List<Integer> values, int months) {
		List<Integer> changed = new ArrayList<>(values);
		changed.set(changed.size() - 1, months);
		return changed;
	}

	private List<LocalDate> openDueDates(HouseholdId household) {
		return background.callAs(CASE_MANAGER, () -> signals.ofHousehold(household))
			.stream()
			.filter(s -> s.open() && s.kind() == SignalKind.ONTZORGING_MISSING)
			.map(SignalView::dueOn)
			.toList();
	}

	private HouseholdId householdWithUnburdeningSince(LocalDate latest) {
		UUID id = new TransactionTemplate(transactions).execute(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', ?, true)")
				.param(BERKELLAND.value())
				.query()
				.singleValue();
			return jdbc.sql("""
					select household_id from inburgering.ontzorging
					where gemeente = ? and vanaf <= ? order by household_id limit 1""")
				.params(BERKELLAND.value(), latest)
				.query(UUID.class)
				.single();
		});
		return new HouseholdId(id);
	}

	/** Waits until the re-evaluation that recording the unburdening caused has run. */
	private void awaitReactions(HouseholdId household) throws InterruptedException {
		for (int i = 0; i < 600 && jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and serialized_event like ?""")
			.param("%" + household.value() + "%")
			.query(Long.class)
			.single() > 0; i++) {
			Thread.sleep(100);
		}
	}

}
