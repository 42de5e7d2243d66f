package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * The module structure: dependencies run one way, nobody reaches into another module's
 * internals.
 */
class ModularityTests {

	private static final Path DOCUMENTED = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(VerbinderApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The diagrams and canvases in {@code docs/modules} are what the code is: they are
	 * generated anew and compared. When they differ, the new ones are written into
	 * {@code docs/modules} (commit them) and the test fails, so a stale picture of the
	 * modules never lands.
	 */
	@Test
	void keepsTheModuleDocumentationCurrent() throws IOException {
		Path generated = Path.of("target/modules");
		FileSystemUtils.deleteRecursively(generated);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		List<String> stale = new ArrayList<>();
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.sorted().toList()) {
				Path documented = DOCUMENTED.resolve(file.getFileName());
				if (!Files.exists(documented) || !lines(documented).equals(lines(file))) {
					stale.add(documented.toString());
					Files.createDirectories(DOCUMENTED);
					Files.copy(file, documented, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		try (Stream<Path> files = Files.list(DOCUMENTED)) {
			for (Path file : files.sorted().toList()) {
				if (!Files.exists(generated.resolve(file.getFileName()))) {
					stale.add(file + " (no such module any more)");
					Files.delete(file);
				}
			}
		}
		assertThat(stale).as("module documentation that was stale and has now been regenerated: commit it").isEmpty();
	}

	/**
	 * The file's lines in sorted order: the documenter writes some relations in no fixed
	 * order. In a canvas the first item of a list shares its line with the table's cell
	 * marker ({@code |* }), so which item carries the marker changes with that order too;
	 * the marker is left out of the comparison.
	 */
	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(line -> line.startsWith("|* ") ? line.substring(1) : line)
			.sorted()
			.toList();
	}

}
