package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchTests {

	@Test
	void recognisesABsnADateOfBirthOrAName() {
		assertThat(Search.parse("1112 22 333").bsn()).isEqualTo("111222333");
		assertThat(Search.parse("1995-07-14").born()).isEqualTo(LocalDate.of(1995, 7, 14));
		assertThat(Search.parse("14-7-1995").born()).isEqualTo(LocalDate.of(1995, 7, 14));
		assertThat(Search.parse("Berhe").namePattern()).isEqualTo("%berhe%");
		assertThat(Search.parse("123456789").namePattern()).isEqualTo("%123456789%");
		assertThat(Search.parse("  ")).isEqualTo(new Search(null, null, null));
	}

	@Test
	void escapesWildcardsInNames() {
		assertThat(Search.parse("50%_a").namePattern()).isEqualTo("%50\\%\\_a%");
	}

}
