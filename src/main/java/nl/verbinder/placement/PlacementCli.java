package nl.verbinder.placement;

import nl.verbinder.placement.optimiser.ArrivalPattern;
import nl.verbinder.placement.optimiser.GemeentenReference;
import nl.verbinder.placement.optimiser.ArbeidsmarktregioFirst;
import nl.verbinder.placement.optimiser.HalfYear;
import nl.verbinder.placement.optimiser.HalfYearSimulator;
import nl.verbinder.placement.optimiser.InstanceFormat;
import nl.verbinder.placement.optimiser.InstanceGenerator;
import nl.verbinder.placement.optimiser.InstanceValidator;
import nl.verbinder.placement.optimiser.InvalidInstanceException;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.PlacementOptimiser;
import nl.verbinder.placement.optimiser.PlacementResult;
import nl.verbinder.placement.optimiser.PlanChecker;
import nl.verbinder.placement.optimiser.WeeklyPlacement;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The command line, dispatched from {@code VerbinderApplication.main} before Spring
 * starts: {@code placement solve --input FILE --output FILE [--seed N] [--time-limit S]}
 * (one CP-SAT worker unless {@code --workers N}), {@code placement generate [--households
 * N] [--seed N] [--quota-share Q] [--dense true] [--exclusions SHARE] --output FILE} and
 * {@code placement check --instance FILE --plan FILE} (recomputes a plan's fit and every
 * quota from the instance; returns 3 for an invalid plan) and {@code placement simulate}
 * (generated half years placed week by week with each strategy against the hindsight
 * optimum; see {@link HalfYearSimulator}) and {@code placement two-stage} (region first
 * against one step on generated instances; see {@link ArbeidsmarktregioFirst}). Prints a
 * one-line summary; returns 0 on success, 2 on bad arguments or a bad instance (with the
 * message on standard error), 1 on other failures.
 */
public final class PlacementCli {

	private PlacementCli() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String usage = "usage: placement solve --input FILE --output FILE [--seed N] [--time-limit S] [--workers N]\n"
				+ "       placement generate [--households N] [--seed N] [--quota-share Q] [--dense true]"
				+ " [--exclusions SHARE] --output FILE\n" + "       placement check --instance FILE --plan FILE\n"
				+ "       placement simulate [--households N] [--patterns flat,seasonal,late-surge] [--seeds 7,2026]"
				+ " [--tolerance P] [--municipalities N] [--week-limit S] [--hindsight-limit S]\n"
				+ "       placement two-stage [--households N] [--seeds 7,2026,99] [--time-limit S] [--kinds best,plan]";
		int first = args.length > 0 && args[0].equals("placement") ? 1 : 0;
		if (args.length <= first) {
			err.println(usage);
			return 2;
		}
		String command = args[first];
		Map<String, String> options = new HashMap<>();
		for (int k = first + 1; k < args.length; k++) {
			if (!args[k].startsWith("--") || k + 1 >= args.length) {
				err.println("unexpected argument " + args[k] + "\n" + usage);
				return 2;
			}
			options.put(args[k].substring(2), args[++k]);
		}
		try {
			switch (command) {
				case "solve" -> {
					String input = required(options, "input");
					String output = required(options, "output");
					long seed = Long.parseLong(options.getOrDefault("seed", "1"));
					double limit = Double.parseDouble(options.getOrDefault("time-limit", "30"));
					if (!Files.isRegularFile(Path.of(input))) {
						err.println("input file not found: " + input);
						return 2;
					}
					PlacementInstance instance = InstanceFormat.read(Path.of(input));
					int workers = Integer.parseInt(options.getOrDefault("workers", "1"));
					PlacementResult result = new PlacementOptimiser(new InstanceValidator(), workers).solve(instance,
							seed, limit);
					InstanceFormat.writeResult(result, Path.of(output));
					out.println(result.summary());
					return 0;
				}
				case "generate" -> {
					String output = required(options, "output");
					int households = Integer
						.parseInt(options.getOrDefault("households", "" + InstanceGenerator.DEFAULT_HOUSEHOLDS));
					long seed = Long.parseLong(options.getOrDefault("seed", "42"));
					var variant = new InstanceGenerator.Variant(
							Double.parseDouble(options.getOrDefault("quota-share", "1.02")),
							Boolean.parseBoolean(options.getOrDefault("dense", "false")),
							Double.parseDouble(options.getOrDefault("exclusions", "0.04")));
					PlacementInstance instance = InstanceGenerator.generate(households, seed, variant);
					InstanceFormat.write(instance, Path.of(output));
					out.printf(Locale.ROOT,
							"generated %d households, %d persons, %d municipalities, capacity %d persons%n",
							instance.huishoudens().size(), instance.persons(), instance.gemeenten().size(),
							instance.capacity());
					return 0;
				}
				case "check" -> {
					PlanChecker.Report report = PlanChecker.check(Path.of(required(options, "instance")),
							Path.of(required(options, "plan")));
					out.println(report.summary());
					return report.valid() ? 0 : 3;
				}
				case "simulate" -> {
					return simulate(options, out);
				}
				case "two-stage" -> {
					return regions(options, out);
				}
				default -> {
					err.println("unknown command " + command + "\n" + usage);
					return 2;
				}
			}
		}
		catch (IllegalArgumentException e) { // InvalidInstanceException too
			err.println(e.getMessage());
			return 2;
		}
		catch (Exception e) {
			err.println("placement failed: " + e);
			return 1;
		}
	}

	private static int simulate(Map<String, String> options, PrintStream out) {
		int households = Integer.parseInt(options.getOrDefault("households", "2000"));
		int tolerance = Integer.parseInt(options.getOrDefault("tolerance", "3"));
		int municipalities = Integer.parseInt(options.getOrDefault("municipalities", "342"));
		double weekLimit = Double.parseDouble(options.getOrDefault("week-limit", "1"));
		double hindsightLimit = Double.parseDouble(options.getOrDefault("hindsight-limit", "30"));
		if (households < 1 || tolerance < 0 || municipalities < 1 || weekLimit <= 0 || hindsightLimit <= 0) {
			throw new IllegalArgumentException(
					"households and municipalities at least 1, tolerance at least 0, limits positive");
		}
		for (String pattern : options.getOrDefault("patterns", "flat,seasonal,late-surge").split(",")) {
			for (String seed : options.getOrDefault("seeds", "7").split(",")) {
				HalfYear year = HalfYear.generate(ArrivalPattern.of(pattern.strip()), households,
						Long.parseLong(seed.strip()), tolerance, municipalities);
				HalfYearSimulator.Report report = HalfYearSimulator.simulate(year,
						List.of(WeeklyPlacement.Strategy.values()), weekLimit, hindsightLimit);
				out.printf(Locale.ROOT, "%s seed %s: %d households, %d persons, bound %.2f%n", pattern, seed,
						households, year.persons(), report.bound());
				report.lines().forEach(out::println);
				out.flush();
			}
		}
		return 0;
	}

	/**
	 * Region first against one step: per seed a generated national instance placed in one
	 * step and in two stages ({@link ArbeidsmarktregioFirst}), with what the two stages
	 * cost in fit.
	 */
	private static int regions(Map<String, String> options, PrintStream out) {
		int households = Integer.parseInt(options.getOrDefault("households", "2000"));
		double limit = Double.parseDouble(options.getOrDefault("time-limit", "10"));
		if (households < 1 || limit <= 0) {
			throw new IllegalArgumentException("households at least 1, time limit positive");
		}
		List<ArbeidsmarktregioFirst.Regional> kinds = java.util.Arrays
			.stream(options.getOrDefault("kinds", "best,plan").split(","))
			.map(k -> ArbeidsmarktregioFirst.Regional.valueOf(k.strip().toUpperCase(Locale.ROOT)))
			.toList();
		Map<String, String> regionOf = GemeentenReference.regions();
		for (String seed : options.getOrDefault("seeds", "7,2026,99").split(",")) {
			PlacementInstance instance = InstanceGenerator.generate(households, Long.parseLong(seed.strip()),
					InstanceGenerator.Variant.NATIONAL);
			PlacementResult one = new PlacementOptimiser(new InstanceValidator(), 1).solve(instance, 1, limit);
			out.printf(Locale.ROOT,
					"seed %s: %d households, %d persons; one step fit %.2f, %d persons, bound %.2f, %d ms%n",
					seed.strip(), households, instance.persons(), one.objective(), one.placedPersons(), one.bound(),
					one.millis());
			for (ArbeidsmarktregioFirst.Regional kind : kinds) {
				ArbeidsmarktregioFirst.Result two = ArbeidsmarktregioFirst.solve(instance, regionOf, kind, one, 1,
						limit);
				out.printf(Locale.ROOT,
						"  two stages (%s): fit %.2f, %d persons, cost %.4f%% of the one step's fit, %d region(s) kept the first stage's municipalities, %d ms%n",
						kind.name().toLowerCase(Locale.ROOT), two.fit(), two.placedPersons(),
						100 * (one.objective() - two.fit()) / one.objective(), two.witnessRegions(), two.millis());
			}
			out.flush();
		}
		return 0;
	}

	private static String required(Map<String, String> options, String name) {
		String v = options.get(name);
		if (v == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return v;
	}

}
