package nl.verbinder.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by a module that keeps personal data about people: everything it keeps
 * about one person, for the administrator's answer to an access request (AVG art. 15,
 * {@link PersonalDataExport}). Access asks every implementation and never reads a
 * module's tables itself. The implementation reads within the scope it is given (with
 * row-level security restricted to it) and answers its part, table by table, each row as
 * column and value; nothing when it keeps nothing about the person. It names the tables
 * it answers from ({@link #tables()}), so that a test can walk the database's catalogue
 * and find a table with a person or household that no module exports.
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

	/**
	 * The households the person belongs to, as far as this module knows them (only the
	 * module that keeps households answers); the export hands them to every module, so
	 * that a module that keeps data per household finds the person's.
	 */
	default Set<UUID> householdsOf(UUID person, AccessScope scope) {
		return Set.of();
	}

	/**
	 * The module's part about the person, whose households are {@code households}; empty
	 * when it keeps nothing about them.
	 */
	Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope);

	/**
	 * The tables ({@code schema.table}) whose rows about a person {@link #about} answers.
	 */
	Set<String> tables();

}
