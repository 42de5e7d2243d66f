package nl.verbinder.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Spectral ({@code @stoplight/spectral-cli}, installed by the build's {@code npm ci}
 * from {@code package.json}) with the project's ruleset of the NL API Design Rules, on
 * Node.js from the {@code PATH}.
 */
final class Spectral {

	static final Path RULESET = Path.of("src/build/api-design-rules.spectral.yaml");

	private static final Path CLI = Path.of("node_modules/@stoplight/spectral-cli/dist/index.js");

	private Spectral() {
	}

	/** One finding of the linter; severity 0 is an error, 1 a warning. */
	record Finding(String code, int severity, String path, int line, String message) {

		boolean error() {
			return severity == 0;
		}

		@Override
		public String toString() {
			return (error() ? "error  " : "warning ") + code + "  " + path + " (line " + line + ")\n        " + message;
		}

	}

	/** The findings of the ruleset on one document, in the order Spectral gives them. */
	static List<Finding> lint(Path document) throws IOException, InterruptedException {
		if (!Files.isRegularFile(CLI)) {
			throw new IllegalStateException(CLI + " is missing: run the build once online (it runs npm ci), or npm ci");
		}
		Path report = document.resolveSibling(document.getFileName() + ".spectral.json");
		Path log = document.resolveSibling(document.getFileName() + ".spectral.log");
		Files.deleteIfExists(report);
		Process process = new ProcessBuilder("node", CLI.toString(), "lint", "--ruleset", RULESET.toString(),
				"--format", "json", "--output", report.toString(), "--fail-severity", "error", document.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Spectral did not finish within three minutes");
		}
		if (!Files.isRegularFile(report) || Files.size(report) == 0) {
			throw new IllegalStateException("Spectral wrote no report (exit " + process.exitValue() + "):\n"
					+ Files.readString(log, StandardCharsets.UTF_8));
		}
		List<Finding> findings = new ArrayList<>();
		for (JsonNode result : JsonMapper.builder().build().readTree(report.toFile())) {
			String path = java.util.stream.StreamSupport.stream(result.get("path").spliterator(), false)
				.map(JsonNode::asString)
				.collect(Collectors.joining("."));
			findings.add(new Finding(result.get("code").asString(), result.get("severity").asInt(), path,
					result.get("range").get("start").get("line").asInt() + 1, result.get("message").asString()));
		}
		return findings;
	}

	/** The findings, one readable entry per line, for a failing assertion. */
	static String list(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
	}

}
