package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form controls are written once, in {@code templates/fragments.html} (label, hint, error
 * text and the aria attributes that tie them together); every other template uses those
 * fragments. This test fails on a hand-written {@code <input>} (other than hidden fields
 * and buttons), {@code <select>}, {@code <textarea>} or {@code <option>} anywhere else,
 * so choices come from the model through the fragments and not from options typed into a
 * page.
 */
class FormControlTemplateTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea|option)\\b([^>]*)>",
			Pattern.DOTALL);

	private static final Pattern TYPE = Pattern.compile("\\btype=\"(hidden|submit|button)\"");

	@Test
	void templatesUseTheFormFragmentsForEveryControl() throws IOException {
		List<String> handWritten = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				if (file.getFileName().toString().equals("fragments.html")) {
					continue;
				}
				String html = Files.readString(file);
				Matcher control = CONTROL.matcher(html);
				while (control.find()) {
					if (control.group(1).equals("input") && TYPE.matcher(control.group(2)).find()) {
						continue;
					}
					int line = (int) html.substring(0, control.start()).chars().filter(c -> c == '\n').count() + 1;
					handWritten.add(TEMPLATES.relativize(file) + ":" + line + " <" + control.group(1) + ">");
				}
			}
		}
		assertThat(handWritten).as("form controls written by hand instead of with templates/fragments.html").isEmpty();
	}

	/**
	 * The optional parameters of the form fragments. Thymeleaf hands a fragment the
	 * caller's variables, so a parameter a call leaves out is whatever the page holds
	 * under that name: a model attribute {@code error} or a path variable {@code id}
	 * would become every field's error text or id. The parameters of the table fragment
	 * too: the page's rows are evaluated inside it, so a page's own {@code rows} would be
	 * the fragment's. The intro of the household page head too. These names must stay
	 * free.
	 */
	private static final Set<String> OPTIONAL_PARAMETERS = Set.of("fieldId", "hint", "value", "errorText", "type",
			"min", "max", "stepSize", "maxlength", "minlength", "inputmode", "autocomplete", "list", "accept",
			"required", "autofocus", "disabled", "cls", "suggest", "textRows", "keyPrefix", "optionValue", "optionText",
			"empty", "multiple", "size", "checked", "role", "testid", "dir", "optionLang", "optionDir",
			"optionPictograms", "tableCaption", "tableColumns", "tableRows", "pageIntro");

	private static final Pattern MODEL_NAME = Pattern.compile(
			"(?:addAttribute|addFlashAttribute|addObject|@ModelAttribute|@PathVariable)\\(\\s*(?:name\\s*=\\s*)?\"(\\w+)\"|\"(/[^\"]*)\"");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("th:each=\"(\\w+)|th:with=\"([^\"]*)\"");

	@Test
	void noPageHoldsAVariableNamedLikeAnOptionalFragmentParameter() throws IOException {
		Set<String> taken = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = MODEL_NAME.matcher(Files.readString(file));
				while (m.find()) {
					List<String> names = m.group(1) != null ? List.of(m.group(1))
							: PATH_VARIABLE.matcher(m.group(2)).results().map(r -> r.group(1)).toList();
					names.stream()
						.filter(OPTIONAL_PARAMETERS::contains)
						.forEach(n -> taken.add(file.getFileName() + ": " + n));
				}
			}
		}
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				if (file.getFileName().toString().equals("fragments.html")) {
					continue;
				}
				Matcher m = TEMPLATE_VARIABLE.matcher(Files.readString(file));
				while (m.find()) {
					List<String> names = m.group(1) != null ? List.of(m.group(1))
							: Pattern.compile("(?:^|,)\\s*(\\w+)\\s*=")
								.matcher(m.group(2))
								.results()
								.map(r -> r.group(1))
								.toList();
					names.stream()
						.filter(OPTIONAL_PARAMETERS::contains)
						.forEach(n -> taken.add(file.getFileName() + ": " + n));
				}
			}
		}
		assertThat(taken).as("variables that would fill an optional parameter of the form fragments").isEmpty();
	}

	@Test
	void theFragmentsFileHasTheControls() throws IOException {
		String fragments = Files.readString(TEMPLATES.resolve("fragments.html"));
		assertThat(fragments).contains("th:fragment=\"input-field\"", "th:fragment=\"textarea-field\"",
				"th:fragment=\"select-field\"", "th:fragment=\"checkboxes\"", "th:fragment=\"radios\"",
				"th:fragment=\"checkbox\"", "th:fragment=\"alert(kind, message)\"", "th:fragment=\"form-errors\"");
	}

}
