package nl.verbinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@VerbinderIntegrationTest
class DemoRegionIntegrationTests {

	@Autowired
	DemoRegion demo;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Test
	void hasAnAccountForEveryRoleAndACaseManagerInEveryMunicipality() {
		var demoAccounts = demo.demoAccounts();
		assertThat(demoAccounts).extracting(DemoRegion.DemoAccount::role).containsAll(Arrays.asList(Role.values()));
		assertThat(demoAccounts.stream().filter(a -> a.role() == Role.CASE_MANAGER)).hasSize(8);
		demoAccounts.forEach(a -> assertThat(accounts.exists(a.username())).as(a.username()).isTrue());
	}

	@Test
	void everyMunicipalityHasHouseholdsInProportionToItsSize() {
		var counts = background.callAs("beleid", inburgering::householdsPerGemeente);
		assertThat(counts).hasSize(8).allSatisfy((gemeente, count) -> assertThat(count).isGreaterThanOrEqualTo(3));
		// Doetinchem (about 59,000 inhabitants) has more than Aalten (about 27,000).
		assertThat(counts.get(new nl.verbinder.shared.GemeenteCode("GM0222")))
			.isGreaterThan(counts.get(new nl.verbinder.shared.GemeenteCode("GM0197")));
	}

	@Test
	void generatesMoreHouseholdsOnRequest() {
		long before = background.callAs("beleid", inburgering::householdsPerGemeente).values().stream().mapToLong(Long::longValue).sum();
		demo.generate(40);
		long after = background.callAs("beleid", inburgering::householdsPerGemeente).values().stream().mapToLong(Long::longValue).sum();
		assertThat(after - before).isEqualTo(40);
	}
}
