package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ThresholdsTests {

	private static final List<Integer> DEFAULTS = List.of(60, 10, 0, 3, 0, 3, 6, 5, 14, 26, 3, 80, 4, 6, 6, 6, 3);

	@Test
	void acceptsEveryThresholdAtTheEdgesOfItsRange() {
		for (int i = 0; i < Thresholds.LIMITS.size(); i++) {
			for (int edge : new int[] { Thresholds.LIMITS.get(i).min(), Thresholds.LIMITS.get(i).max() }) {
				List<Integer> values = new ArrayList<>(DEFAULTS);
				values.set(i, edge);
				assertThat(Thresholds.of(values).values()).isEqualTo(values);
			}
		}
	}

	@Test
	void refusesEveryThresholdJustOutsideItsRangeWithAReadableRule() {
		for (int i = 0; i < Thresholds.LIMITS.size(); i++) {
			for (int outside : new int[] { Thresholds.LIMITS.get(i).min() - 1, Thresholds.LIMITS.get(i).max() + 1 }) {
				List<Integer> values = new ArrayList<>(DEFAULTS);
				values.set(i, outside);
				assertThatThrownBy(() -> Thresholds.of(values)).isInstanceOf(RuleViolation.class)
					.hasMessageContaining("rule.monitoring.threshold");
			}
		}
	}

	@Test
	void buildsOneRuleOfEveryKind() {
		assertThat(Thresholds.of(DEFAULTS).policies()).extracting(SignalPolicy::kind)
			.containsExactlyInAnyOrder(SignalKind.values());
	}

}
