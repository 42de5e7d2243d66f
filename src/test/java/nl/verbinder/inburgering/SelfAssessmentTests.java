package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class SelfAssessmentTests {

	private static SelfAssessment of(Map<Domein, Integer> scores) {
		return new SelfAssessment(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), scores);
	}

	private static void refused(Map<Domein, Integer> scores, String key) {
		assertThatThrownBy(() -> of(scores)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo(key));
	}

	@Test
	void keepsTheDomainsAnsweredOneToThreeAndSkipsTheRest() {
		var assessment = of(Map.of(Domein.WERK, 1, Domein.HUISVESTING, 3));
		assertThat(assessment.score(Domein.WERK)).isEqualTo(SelfAssessment.NOT_WELL);
		assertThat(assessment.score(Domein.HUISVESTING)).isEqualTo(SelfAssessment.WELL);
		assertThat(assessment.score(Domein.CULTUUR)).isNull();
	}

	@Test
	void refusesAnAssessmentWithoutAnyAnswer() {
		refused(Map.of(), "rule.self.empty");
	}

	@Test
	void refusesAnswersOutsideTheThreeFaces() {
		refused(Map.of(Domein.WERK, 0), "rule.self.score");
		refused(Map.of(Domein.WERK, 4), "rule.self.score");
		Map<Domein, Integer> withNull = new HashMap<>();
		withNull.put(Domein.WERK, null);
		refused(withNull, "rule.self.score");
	}

}
