package nl.verbinder.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationIndexTests {

	private static Occupation occupation(String code, String nl, String en, String ar, List<String> altNl) {
		return new Occupation("uri:" + code, code, code.substring(0, 4), nl, en, ar, null, null, altNl, List.of(),
				false);
	}

	private final Occupation dentist = occupation("2261.1", "tandarts", "dentist", "طبيب أسنان",
			List.of("kaakchirurg"));

	private final Occupation dentalAssistant = occupation("3251.1", "tandartsassistent", "dental assistant",
			"مساعد طبيب أسنان", List.of());

	private final Occupation windowCleaner = occupation("9122.1", "glazenwasser", "window cleaner", "منظف نوافذ",
			List.of("gevelreiniger"));

	private final OccupationIndex index = new OccupationIndex(List.of(windowCleaner, dentalAssistant, dentist));

	@Test
	void ranksAnExactLabelBeforeLongerLabelsWithTheSamePrefix() {
		assertThat(index.search("tandarts", 10)).containsExactly(dentist, dentalAssistant);
	}

	@Test
	void findsLabelsByAWordInsideThem() {
		assertThat(index.search("cleaner", 10)).containsExactly(windowCleaner);
		assertThat(index.search("assist", 10)).containsExactly(dentalAssistant);
	}

	@Test
	void searchesEveryLoadedLanguageAndAlternativeLabels() {
		assertThat(index.search("طبيب", 10)).containsExactlyInAnyOrder(dentist, dentalAssistant);
		assertThat(index.search("gevel", 10)).containsExactly(windowCleaner);
	}

	@Test
	void ignoresCaseAccentsAndPunctuation() {
		assertThat(index.search("  TANDÄRTS ", 10)).first().isEqualTo(dentist);
		assertThat(index.byLabel("Window-Cleaner")).containsExactly(windowCleaner);
	}

	@Test
	void returnsNothingForAnEmptyOrUnknownQuery() {
		assertThat(index.search("", 10)).isEmpty();
		assertThat(index.search("astronaut", 10)).isEmpty();
		assertThat(index.search("t", 1)).hasSize(1);
	}

}
