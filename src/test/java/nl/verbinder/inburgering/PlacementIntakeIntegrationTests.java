package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.placement.PlacementPublished;
import nl.verbinder.placement.PlacementPublished.PlacedHousehold;
import nl.verbinder.placement.PlacementPublished.PlacedMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A published placement registers its households for intake in the municipality they were
 * placed in, as a reaction after the placement committed, and only once however often the
 * event comes.
 */
@VerbinderIntegrationTest
@EnableScenarios
class PlacementIntakeIntegrationTests {

	@Autowired
	BackgroundWork background;

	@Autowired
	AccessControl access;

	@Autowired
	Caseload caseload;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishedPlacementRegistersItsHouseholdsOnceInTheirNewMunicipality(Scenario scenario) {
		UUID planner = background.callAs("planner", () -> access.currentActor().id().value());
		String surname = "Placed" + Long.toString(System.nanoTime(), 36);
		PlacementPublished published = new PlacementPublished(UUID.randomUUID(), planner, LocalDate.now(),
				List.of(new PlacedHousehold("H7", "GM1955", "Azc Zutphen (nog te huisvesten)",
						List.of(new PlacedMember("Selam", surname, LocalDate.of(1990, 5, 1), "VROUW", "ER"),
								new PlacedMember("Noah", surname, LocalDate.now().minusYears(4), "MAN", "ER")))));

		scenario.publish(published)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> entries(surname), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).singleElement().satisfies(e -> {
				assertThat(e.gemeente()).isEqualTo("GM1955");
				assertThat(e.adres()).isEqualTo("Azc Zutphen (nog te huisvesten)");
				assertThat(e.memberNames()).containsExactly("Selam " + surname, "Noah " + surname);
			}));

		// Delivered again (say after a restart before the reaction was marked complete):
		// nobody registered twice.
		scenario.publish(published)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> completed(published))
			.andVerify(done -> assertThat(entries(surname)).hasSize(1));
	}

	private List<CaseloadEntry> entries(String surname) {
		return background.callAs("consulent.montferland", () -> caseload.list(CaseloadFilter.search(surname), 10));
	}

	/**
	 * Every reaction to this publication has completed (none is outstanding in the
	 * registry).
	 */
	private boolean completed(PlacementPublished published) {
		return jdbc.sql("""
				select count(*) = 0 from event_publication
				where completion_date is null and serialized_event like ?""")
			.param("%" + published.run() + "%")
			.query(Boolean.class)
			.single();
	}

}
