package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's migrations have versions of their own: two with one version (as two
 * features may write on parallel branches) would only fail when the application starts.
 * Checked on the sources, so it fails fast and says which.
 */
class MigrationVersionTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

	@Test
	void everyModuleNumbersItsMigrationsOnce() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> modules = Files.list(MIGRATIONS)) {
			for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
				Map<Integer, List<String>> byVersion = new TreeMap<>();
				try (Stream<Path> files = Files.list(module)) {
					for (Path file : files.sorted().toList()) {
						String name = file.getFileName().toString();
						Matcher m = NAME.matcher(name);
						if (!m.matches()) {
							problems.add(module.getFileName() + "/" + name + " is not named V<n>__<words>.sql");
							continue;
						}
						byVersion.computeIfAbsent(Integer.valueOf(m.group(1)), v -> new ArrayList<>()).add(name);
					}
				}
				byVersion.forEach((version, names) -> {
					if (names.size() > 1) {
						problems.add(module.getFileName() + " has version " + version + " twice: " + names);
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

}
