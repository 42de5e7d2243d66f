package nl.verbinder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.stream.IntStream;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.Inburgering.NewMember;
import nl.verbinder.shared.Bsn;
import org.junit.jupiter.api.Test;

class DemoPeopleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void theSameSeedGivesTheSameHouseholds() {
		var a = new Random(7);
		var b = new Random(7);
		IntStream.range(0, 50)
			.forEach(i -> assertThat(DemoPeople.household(a, "GM0197", TODAY))
				.isEqualTo(DemoPeople.household(b, "GM0197", TODAY)));
	}

	@Test
	void demoBsnsPassTheElevenTestAndNeverRepeat() {
		var seen = new HashSet<String>();
		for (long n = 0; n < 20_000; n++) {
			String bsn = DemoPeople.bsn(n);
			if (bsn != null) {
				assertThat(Bsn.valid(bsn)).as(bsn).isTrue();
				assertThat(seen.add(bsn)).as(bsn).isTrue();
			}
		}
		assertThat(seen.size()).isGreaterThan(17_000);
	}

	@Test
	void householdsArePlausible() {
		var random = new Random(11);
		for (int i = 0; i < 500; i++) {
			var household = DemoPeople.household(random, "GM0294", TODAY);
			assertThat(household.members()).isNotEmpty();
			assertThat(household.members().getFirst().gezinsrol()).isEqualTo(Gezinsrol.INBURGERAAR);
			assertThat(household.members().getFirst().geboortedatum()).isBefore(TODAY.minusYears(18));
			assertThat(household.members()).extracting(NewMember::voornaam).doesNotHaveDuplicates();
			assertThat(household.postcode()).matches("7101 [A-Z]{2}");
			assertThat(household.arrivalDate()).isBefore(TODAY).isAfter(TODAY.minusYears(4));
			household.members()
				.stream()
				.filter(m -> m.gezinsrol() == Gezinsrol.KIND)
				.forEach(child -> assertThat(child.geboortedatum()).isAfter(TODAY.minusYears(18)));
		}
	}

}
