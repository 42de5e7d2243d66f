package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlacementFormatTests {

	private static final String EXAMPLE = """
			{
			  "period": "2027-H1",
			  "municipalities": [
			    { "code": "GM0363", "quota": 6, "filled": 1, "tolerance": 2, "carryOver": 1 },
			    { "code": "GM0344", "quota": 4 }
			  ],
			  "households": [
			    { "id": "H1", "size": 4, "defaultScore": 40, "scores": { "GM0363": 75.5 } },
			    { "id": "H2", "size": 1, "defaultScore": 60, "excluded": ["GM0344"] },
			    { "id": "H3", "size": 3, "defaultScore": 50, "published": "GM0344" }
			  ]
			}
			""";

	@Test
	void readsTheDocumentedExample() {
		PlacementInstance instance = InstanceFormat.parse(EXAMPLE);
		assertThat(instance.gemeenten()).containsExactly(new Taakstelling("GM0363", 6, 1, 2, 1),
				new Taakstelling("GM0344", 4, 0, 0, 0));
		assertThat(instance.huishoudens().getFirst().score("GM0363")).isEqualTo(75.5);
		assertThat(instance.huishoudens().getFirst().score("GM0344")).isEqualTo(40);
		assertThat(instance.huishoudens().get(2).published()).isEqualTo("GM0344");
		PlacementResult result = new PlacementOptimiser().solve(instance);
		assertThat(result.placedPersons()).isEqualTo(8);
	}

	@Test
	void writesWhatItReads() {
		PlacementInstance instance = InstanceGenerator.generate(50, 1);
		assertThat(InstanceFormat.parse(InstanceFormat.toJson(instance))).isEqualTo(instance);
	}

	@Test
	void namesMissingAndMistypedFields() {
		String json = """
				{ "municipalities": [ { "code": "GM0363" }, { "quota": 3 } ],
				  "households": [ { "id": "H1" }, { "size": "two", "id": "H2" }, { "id": "H3", "size": 1, "scores": { "GM0363": "high" } } ] }
				""";
		assertThatThrownBy(() -> InstanceFormat.parse(json)).isInstanceOf(InvalidInstanceException.class)
			.hasMessageContaining("municipalities[0] (GM0363): missing field \"quota\"")
			.hasMessageContaining("municipalities[1]: missing field \"code\"")
			.hasMessageContaining("households[0] (id \"H1\"): missing field \"size\"")
			.hasMessageContaining("households[1] (id \"H2\"): field \"size\" must be a whole number")
			.hasMessageContaining("households[2] (id \"H3\"): score for GM0363 must be a number");
		assertThatThrownBy(() -> InstanceFormat.parse("{ \"households\": [] }"))
			.hasMessageContaining("missing field \"municipalities\"");
		assertThatThrownBy(() -> InstanceFormat.parse("{ not json")).hasMessageContaining("not valid JSON");
	}

}
