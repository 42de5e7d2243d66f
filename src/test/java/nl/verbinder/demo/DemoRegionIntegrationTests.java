package nl.verbinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.portal.RatingSummary;
import nl.verbinder.portal.Ratings;
import nl.verbinder.portal.SelfAssessing;
import nl.verbinder.portal.Wishes;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@VerbinderIntegrationTest
class DemoRegionIntegrationTests {

	@Autowired
	DemoRegion demo;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@Autowired
	Profiles profiles;

	@Autowired
	Ratings ratings;

	@Autowired
	Wishes wishes;

	@Autowired
	SelfAssessing selfAssessing;

	@Test
	void newcomersHaveSpokenUpSoThatTheirVoiceShowsSomethingReal() {
		assertThat(background.callAs(DemoNewcomers.AMINA, wishes::mine).interesses()).contains("koken");
		assertThat(background.callAs(DemoNewcomers.TESFAY, selfAssessing::mine)).isPresent();
		var overview = background.callAs("beleid", ratings::overview);
		assertThat(overview.summaries()).extracting(RatingSummary::organisatie)
			.contains(DemoPartners.VLUCHTELINGENWERK, "Jobcoach Oost");
		assertThat(overview.summaries())
			.allSatisfy(summary -> assertThat(summary.answers()).isGreaterThanOrEqualTo(RatingSummary.MIN_ANSWERS));
	}

	@Test
	void hasAnAccountForEveryRoleAndACaseManagerInEveryMunicipality() {
		var all = demoAccounts.all();
		// Every role an account can have: a machine client has a token, not an account.
		assertThat(all).extracting(DemoAccounts.DemoAccount::role)
			.containsAll(Arrays.stream(Role.values()).filter(r -> !r.machine()).toList());
		assertThat(all.stream().filter(a -> a.role() == Role.CASE_MANAGER)).hasSize(8);
		all.forEach(a -> assertThat(accounts.exists(a.username())).as(a.username()).isTrue());
	}

	@Test
	void everyMunicipalityHasHouseholdsInProportionToItsSize() {
		var counts = background.callAs("beleid", inburgering::householdsPerGemeente);
		assertThat(counts).hasSize(8).allSatisfy((gemeente, count) -> assertThat(count).isGreaterThanOrEqualTo(3));
		// Doetinchem (about 59,000 inhabitants) has more than Aalten (about 27,000).
		assertThat(counts.get(new GemeenteCode("GM0222"))).isGreaterThan(counts.get(new GemeenteCode("GM0197")));
	}

	@Test
	void mostAdultsHaveABackgroundWithTheirMotherTongueAndAnEscoOccupation() {
		background.runAs("consulent.doetinchem", () -> {
			var entries = caseload.list(CaseloadFilter.ALL, 30);
			int adults = 0;
			int withProfile = 0;
			int withOccupation = 0;
			for (var entry : entries) {
				for (var member : inburgering.household(entry.id()).members()) {
					if (member.gezinsrol() == Gezinsrol.KIND) {
						continue;
					}
					adults++;
					var profile = profiles.profile(member.personId(), Locale.forLanguageTag("nl"));
					if (profile.versie() > 0) {
						withProfile++;
						assertThat(profile.talen()).anySatisfy(t -> assertThat(t.niveau().name()).isEqualTo("NATIVE"));
						assertThat(profile.nederlands()).isNotNull();
						if (profile.werkervaring().stream().anyMatch(w -> w.iscoCode() != null)) {
							withOccupation++;
						}
					}
				}
			}
			assertThat(withProfile).isGreaterThan(adults / 2);
			assertThat(withOccupation).isGreaterThan(withProfile / 3);
		});
	}

	@Test
	void generatesMoreHouseholdsOnRequest() {
		long before = background.callAs("beleid", inburgering::householdsPerGemeente)
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		demo.generate(40);
		long after = background.callAs("beleid", inburgering::householdsPerGemeente)
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		assertThat(after - before).isEqualTo(40);
	}

}
