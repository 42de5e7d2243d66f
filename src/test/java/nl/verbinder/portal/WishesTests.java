package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Set;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class WishesTests {

	private static Wishes.Change change(Set<String> interests, int hours) {
		return new Wishes.Change(" koken en naaien ", "kapper worden", interests, hours, Set.of(DayOfWeek.MONDAY));
	}

	@Test
	void keepsWishesWithinTheRulesStripped() {
		var wishes = Wishes.checked(change(Set.of("koken", "sport"), 20), 1);
		assertThat(wishes.talenten()).isEqualTo("koken en naaien");
		assertThat(wishes.interesses()).containsExactlyInAnyOrder("koken", "sport");
		assertThat(wishes.dagen()).containsExactly(DayOfWeek.MONDAY);
	}

	@Test
	void refusesAnInterestNotOnTheList() {
		assertThatThrownBy(() -> Wishes.checked(change(Set.of("koken", "<script>"), 20), 1))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("rule.wishes.interest"));
	}

	@Test
	void refusesHoursOutsideOneToSixty() {
		assertThat(Wishes.checked(change(Set.of(), 1), 1).urenPerWeek()).isEqualTo(1);
		assertThat(Wishes.checked(change(Set.of(), 60), 1).urenPerWeek()).isEqualTo(60);
		for (int hours : new int[] { 0, 61, -5 }) {
			assertThatThrownBy(() -> Wishes.checked(change(Set.of(), hours), 1))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("rule.wishes.hours"));
		}
	}

	@Test
	void refusesOwnWordsLongerThanAThousandCharacters() {
		assertThat(Wishes.checked(new Wishes.Change("a".repeat(1000), null, null, 8, null), 1).wensen()).isEmpty();
		assertThatThrownBy(() -> Wishes.checked(new Wishes.Change("a".repeat(1001), null, null, 8, null), 1))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("rule.wishes.too-long"));
	}

	@Test
	void noDaysChosenMeansAnyDay() {
		assertThat(Wishes.checked(new Wishes.Change(null, null, null, 8, Set.of()), 1).dagen()).isEmpty();
	}

}
