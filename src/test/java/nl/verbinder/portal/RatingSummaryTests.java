package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatingSummaryTests {

	private static RatingSummary.Question q(int no, int aLittle, int yes) {
		return new RatingSummary.Question(no, aLittle, yes);
	}

	private static RatingSummary of(int answers, RatingSummary.Question each) {
		return new RatingSummary(UUID.randomUUID(), "Taalhuis", answers, each, each, each, each);
	}

	@Test
	void fourAnswersAreNeverShownFiveAre() {
		assertThat(RatingSummary.shown(4)).isFalse();
		assertThat(RatingSummary.shown(5)).isTrue();
		assertThat(RatingSummary.shown(0)).isFalse();
		assertThatThrownBy(() -> of(4, q(1, 1, 2))).isInstanceOf(IllegalArgumentException.class);
		assertThat(of(5, q(1, 1, 3)).answers()).isEqualTo(5);
	}

	@Test
	void everyQuestionsAnswersAddUpToTheNumberOfAnswers() {
		assertThatThrownBy(() -> of(6, q(1, 1, 3))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RatingSummary(UUID.randomUUID(), "Taalhuis", 5, q(0, 0, 5), q(0, 0, 5), q(0, 0, 5),
				q(0, 1, 5)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sharesAreWholePercentsRoundedHalfUp() {
		var eight = q(1, 2, 5);
		assertThat(eight.neePercentage()).isEqualTo(13); // 12.5
		assertThat(eight.beetjePercentage()).isEqualTo(25);
		assertThat(eight.jaPercentage()).isEqualTo(63); // 62.5
		var three = q(1, 1, 1);
		assertThat(three.jaPercentage()).isEqualTo(33); // 33.3
		assertThat(q(0, 0, 7).jaPercentage()).isEqualTo(100);
		assertThat(q(0, 0, 7).neePercentage()).isZero();
	}

	@Test
	void countsAreNeverNegative() {
		assertThatThrownBy(() -> q(-1, 3, 3)).isInstanceOf(IllegalArgumentException.class);
	}

}
