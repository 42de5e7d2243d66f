package nl.verbinder.access;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds data subjects by what people know them by, a BSN or a name, so that the
 * administrator can look up a person's processing log without the internal number.
 * Implemented by the modules that keep those details (access cannot read their tables);
 * {@link SubjectSearch} asks every implementation and logs what it shows.
 */
public interface SubjectDirectory {

	/** A person found: the data subject, their name and date of birth. */
	record KnownSubject(DataSubject subject, String name, LocalDate birthDate) {
	}

	/**
	 * The subjects within the scope whose BSN is the query (9 digits, or 8 with a leading
	 * zero left out) or whose name contains it; at most {@link #LIMIT}.
	 */
	List<KnownSubject> find(String query, AccessScope scope);

	/**
	 * Whether this directory keeps data subjects of the type, and so knows where they
	 * belong.
	 */
	boolean keeps(String subjectType);

	/**
	 * Whether the subject (of a type this directory {@link #keeps keeps}) belongs to a
	 * municipality of the scope; false for one it does not know, or an id that is no id.
	 */
	boolean within(DataSubject subject, AccessScope scope);

	int LIMIT = 20;

}
