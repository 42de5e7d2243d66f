package nl.verbinder.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
		var rows = Csv.read(new BufferedReader(
				new StringReader("a,b,c\n1,\"two, and \"\"more\"\"\",\"line\nbreak\"\n4,,x|y | z\n")));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("b")).isEqualTo("two, and \"more\"");
		assertThat(rows.get(0).get("c")).isEqualTo("line\nbreak");
		assertThat(rows.get(1).optional("b")).isNull();
		assertThat(rows.get(1).list("c")).containsExactly("x", "y", "z");
	}

	@Test
	void toleratesAMissingFinalLineBreakAndCarriageReturns() throws Exception {
		var rows = Csv.read(new BufferedReader(new StringReader("a,b\r\n1,2\r\n3,4")));
		assertThat(rows).extracting(r -> r.get("b")).containsExactly("2", "4");
	}

}
