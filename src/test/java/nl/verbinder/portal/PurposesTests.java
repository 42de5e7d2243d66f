package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Who read my file" names the purpose of every processing activity in the newcomer's
 * language: a module that adds an activity without a purpose there would show as "other
 * work of the municipality".
 */
class PurposesTests {

	private static final Pattern ACTIVITY = Pattern.compile("new ProcessingActivity\\(\\s*\"([a-z.-]+)\"");

	@Test
	void everyProcessingActivityHasAPurposeTheNewcomerReads() throws IOException {
		Set<String> activities = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = ACTIVITY.matcher(Files.readString(file));
				while (m.find()) {
					activities.add(m.group(1));
				}
			}
		}
		assertThat(activities).hasSizeGreaterThan(10);
		assertThat(WhoReadMyFile.PURPOSES.keySet()).containsAll(activities);
	}

}
