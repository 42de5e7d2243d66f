package nl.verbinder.inkoop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attendance file: each row on its own, named by its line in the file. */
class AttendanceCsvTests {

	private static final String HEADER = "verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n";

	private static final UUID REFERRAL = UUID.fromString("11111111-1111-1111-1111-111111111111");

	private static final UUID PRODUCT = UUID.fromString("22222222-2222-2222-2222-222222222222");

	private static String row(String rest) {
		return REFERRAL + "," + PRODUCT + "," + rest + "\n";
	}

	private static String code(CsvRefused.RowError e) {
		return e.reden().getCodes()[0];
	}

	@Test
	void readsLessonsAndWorkshopsWithCommaOrSemicolon() {
		var parsed = AttendanceCsv
			.parse(HEADER + row("2026-03-02,LES,,3,1,7.5") + row("2026-03-04,workshop,FINANCIEN,1,0,2"));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).extracting(AttendanceCsv.Row::rij).containsExactly(2, 3);
		assertThat(parsed.rows().get(1).aanwezigheid().thema()).isEqualTo(Aanwezigheid.Workshopthema.FINANCIEN);
		var semicolons = AttendanceCsv
			.parse("\uFEFF" + HEADER.replace(',', ';') + (REFERRAL + ";" + PRODUCT + ";2026-03-02;LES;;3;1;7,5\n"));
		assertThat(semicolons.errors()).isEmpty();
		assertThat(semicolons.rows().getFirst().aanwezigheid().uren()).isEqualByComparingTo("7.5");
	}

	@Test
	void namesEachWrongRowByItsLineAndKeepsTheGoodOnes() {
		var parsed = AttendanceCsv.parse(HEADER + row("2026-03-02,LES,,3,1,7.5") + "\n" + row("2026-13-02,LES,,3,1,7.5")
				+ row("2026-03-09,LES,,x,1,7.5") + row("2026-03-16,WORKSHOP,,1,0,2") + "kort,rijtje\n");
		assertThat(parsed.rows()).hasSize(1);
		assertThat(parsed.errors()).extracting(CsvRefused.RowError::rij).containsExactly(4, 5, 6, 7);
		assertThat(parsed.errors()).extracting(AttendanceCsvTests::code)
			.containsExactly("rule.csv.value", "rule.csv.value", "rule.attendance.theme-missing", "rule.csv.columns");
	}

	@Test
	void refusesAWrongHeaderAndAnEmptyFile() {
		assertThat(AttendanceCsv.parse("naam,datum\n" + row("2026-03-02,LES,,3,1,7.5")).errors())
			.extracting(AttendanceCsvTests::code)
			.containsExactly("rule.csv.header");
		assertThat(AttendanceCsv.parse(HEADER).errors()).extracting(AttendanceCsvTests::code)
			.containsExactly("rule.csv.empty");
		assertThat(AttendanceCsv.parse("").errors()).extracting(AttendanceCsvTests::code)
			.containsExactly("rule.csv.empty");
	}

	@Test
	void countsAQuotedValueOverTwoLinesAsOneRow() {
		var parsed = AttendanceCsv.parse(HEADER + REFERRAL + "," + PRODUCT + ",\"2026-03-02\",LES,,1,0,\"2\"\n"
				+ REFERRAL + ",\"" + PRODUCT + "\n\",2026-03-03,LES,,1,0,2\n" + row("2026-03-04,LES,,1,0,2"));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).extracting(AttendanceCsv.Row::rij).containsExactly(2, 3, 5);
	}

}
