package nl.verbinder.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

class PlacementCliTests {

	@Test
	void commandLineSolvesAGeneratedInstanceAndRefusesABadOne(@TempDir Path dir) throws Exception {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		Path instance = dir.resolve("instance.json");
		Path plan = dir.resolve("plan.json");
		assertThat(PlacementCli.run(new String[] { "placement", "generate", "--households", "300", "--seed", "4",
				"--output", instance.toString() }, new PrintStream(out), new PrintStream(err)))
			.isZero();
		assertThat(
				PlacementCli.run(
						new String[] { "placement", "solve", "--input", instance.toString(), "--output",
								plan.toString(), "--seed", "3", "--time-limit", "10" },
						new PrintStream(out), new PrintStream(err)))
			.isZero();
		assertThat(out.toString()).contains("generated 300 households")
			.contains("objective")
			.contains("bound")
			.contains("gap")
			.contains("greedy");
		assertThat(Files.readString(plan)).contains("\"assignments\"").contains("\"gap\"");
		Path bad = dir.resolve("bad.json");
		Files.writeString(bad,
				"""
						{ "municipalities": [ { "code": "GM0363", "quota": 3 } ], "households": [ { "id": "H1", "size": -1 } ] }""");
		err.reset();
		assertThat(PlacementCli.run(
				new String[] { "placement", "solve", "--input", bad.toString(), "--output", plan.toString() },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(err.toString()).contains("household H1: size must be at least 1 person, is -1");
		assertThat(PlacementCli.run(new String[] { "placement", "solve", "--output", plan.toString() },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(err.toString()).contains("missing --input");
	}

	@Test
	void commandLineSimulatesAHalfYearAndRefusesBadArguments() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		assertThat(PlacementCli.run(
				new String[] { "placement", "simulate", "--households", "120", "--municipalities", "12", "--patterns",
						"flat", "--seeds", "5", "--week-limit", "0.2", "--hindsight-limit", "2" },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(0);
		assertThat(out.toString()).contains("flat seed 5: 120 households")
			.contains("hindsight")
			.contains("weekly_greedy")
			.contains("weekly_optimum")
			.contains("potentials")
			.contains("quotas met");
		assertThat(PlacementCli.run(new String[] { "placement", "simulate", "--patterns", "winter" },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(err.toString()).contains("unknown arrival pattern winter");
		assertThat(PlacementCli.run(new String[] { "placement", "simulate", "--households", "0" }, new PrintStream(out),
				new PrintStream(err)))
			.isEqualTo(2);
	}

	@Test
	void commandLineMeasuresTwoStagesAgainstOneStep() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		assertThat(PlacementCli.run(
				new String[] { "placement", "two-stage", "--households", "40", "--seeds", "3", "--time-limit", "1" },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(0);
		assertThat(out.toString()).contains("seed 3: 40 households")
			.contains("two stages (best)")
			.contains("two stages (plan)")
			.contains("of the one step's fit");
		assertThat(PlacementCli.run(new String[] { "placement", "two-stage", "--kinds", "nearest" },
				new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
	}

}
