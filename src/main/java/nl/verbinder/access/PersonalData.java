package nl.verbinder.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by a module that keeps personal data about people: everything it keeps
 * about one person, for the administrator's answer to an access request (AVG art. 15,
 * {@link PersonalDataExport}). Access asks every implementation and never reads a
 * module's tables itself. The implementation reads within the scope it is given (with
 * row-level security restricted to it) and answers its part, table by table, each row as
 * column and value; nothing when it keeps nothing about the person.
 */
public interface PersonalData {

	/**
	 * One module's part: its name and, per table, the rows about the person.
	 */
	record Part(String module, Map<String, List<Map<String, Object>>> tables) {

		public Part {
			tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
		}

	}

	Optional<Part> about(UUID person, AccessScope scope);

}
