package nl.verbinder.outcomes;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * How a cell reads in one language: the number grouped as the reader's language groups
 * thousands, or the bundle's mark for a suppressed cell. The CSV keeps the number plain,
 * so that a spreadsheet reads it as a number, but takes the same mark.
 */
record CellText(String suppressed, Locale locale) {

	static CellText of(MessageSource messages, Locale locale) {
		return new CellText(messages.getMessage("outcomes.suppressed.cell", null, locale), locale);
	}

	/** For a page, chart or map. */
	String shown(Cell cell) {
		return cell.suppressed() ? suppressed : NumberFormat.getNumberInstance(locale).format(cell.value());
	}

	/** For a file: no grouping, a point before decimals. */
	String plain(Cell cell) {
		return cell.suppressed() ? suppressed : cell.value().toPlainString();
	}

}
