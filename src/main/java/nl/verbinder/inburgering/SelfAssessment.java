package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A newcomer's own view of the life domains, given in the portal: per domain one of three
 * answers, {@link #NOT_WELL}, {@link #SO_SO} or {@link #WELL}; a domain the newcomer
 * skipped has none. Simpler than the case manager's five-level scale on purpose: it is
 * answered with faces, by people who may read little Dutch. Never changed once recorded.
 */
public record SelfAssessment(UUID id, @JsonProperty("persoonId") UUID personId,
		@JsonProperty("vastgelegdOp") Instant recordedAt, Map<Domein, Integer> scores) {

	public static final int NOT_WELL = 1;

	public static final int SO_SO = 2;

	public static final int WELL = 3;

	public SelfAssessment {
		scores = checked(scores);
	}

	public @Nullable Integer score(Domein domein) {
		return scores.get(domein);
	}

	/** At least one domain answered, each with one of the three answers. */
	static Map<Domein, Integer> checked(@Nullable Map<Domein, Integer> scores) {
		if (scores == null || scores.isEmpty()) {
			throw new RuleViolation("rule.self.empty");
		}
		for (Integer score : scores.values()) {
			if (score == null || score < NOT_WELL || score > WELL) {
				throw new RuleViolation("rule.self.score");
			}
		}
		return Map.copyOf(new EnumMap<>(scores));
	}

}
