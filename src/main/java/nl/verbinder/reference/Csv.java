package nl.verbinder.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: header row, quoted fields with commas, quotes and line breaks.
 */
final class Csv {

	private Csv() {
	}

	record Row(Map<String, Integer> header, List<String> cells) {

		String get(String column) {
			Integer index = header.get(column);
			if (index == null) {
				throw new IllegalArgumentException("No column " + column + " in " + header.keySet());
			}
			return index < cells.size() ? cells.get(index) : "";
		}

		String optional(String column) {
			String value = get(column);
			return value.isBlank() ? null : value;
		}

		List<String> list(String column) {
			String value = get(column);
			if (value.isBlank()) {
				return List.of();
			}
			return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	static List<Row> read(Reader reader) throws IOException {
		List<List<String>> records = parse(reader);
		if (records.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> header = new HashMap<>();
		List<String> names = records.getFirst();
		for (int i = 0; i < names.size(); i++) {
			header.put(names.get(i).strip().replace("\uFEFF", ""), i);
		}
		List<Row> rows = new ArrayList<>(records.size() - 1);
		for (List<String> cells : records.subList(1, records.size())) {
			if (cells.size() == 1 && cells.getFirst().isEmpty()) {
				continue;
			}
			rows.add(new Row(header, cells));
		}
		return rows;
	}

	private static List<List<String>> parse(Reader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int c;
		while ((c = reader.read()) != -1) {
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			}
			else if (ch == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (ch == '\n') {
				record.add(field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else if (ch != '\r') {
				field.append(ch);
				fieldStarted = true;
			}
		}
		if (fieldStarted || !record.isEmpty() || field.length() > 0) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
