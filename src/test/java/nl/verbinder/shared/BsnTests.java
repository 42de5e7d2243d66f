package nl.verbinder.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BsnTests {

	@Test
	void acceptsNumbersThatPassTheElevenTest() {
		// 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66 = 6 * 11
		assertThat(Bsn.valid("111222333")).isTrue();
		assertThat(Bsn.valid("123456782")).isTrue();
		assertThat(Bsn.of(" 1112.22.333 ").value()).isEqualTo("111222333");
	}

	@Test
	void rejectsNumbersThatFailTheElevenTestOrHaveTheWrongShape() {
		assertThat(Bsn.valid("111222334")).isFalse();
		assertThat(Bsn.valid("000000000")).isFalse();
		assertThat(Bsn.valid("12345678")).isFalse();
		assertThat(Bsn.valid("1234567890")).isFalse();
		assertThat(Bsn.valid("12345678a")).isFalse();
		assertThat(Bsn.valid(null)).isFalse();
		assertThatThrownBy(() -> Bsn.of("123456789")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rule.bsn.eleven-test");
	}

	@Test
	void showsOnlyTheLastThreeDigits() {
		assertThat(Bsn.of("111222333").masked()).isEqualTo("******333");
		assertThat(Bsn.of("111222333").toString()).doesNotContain("111222");
	}

}
