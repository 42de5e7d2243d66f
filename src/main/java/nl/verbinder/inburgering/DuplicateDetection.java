package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Finds people who are probably registered already: the same date of birth and a name
 * that is the same or nearly so (transliterations differ: Mohammed, Mohammad, Muhammad).
 * Runs inside the caller's transaction, so row-level security limits it to the caller's
 * municipalities.
 */
@Component
class DuplicateDetection {

	/** Names this close (edit distance on folded "first last") count as the same. */
	static final int MAX_DISTANCE = 2;

	private final JdbcClient jdbc;

	DuplicateDetection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DuplicateCandidate> similarTo(Member member) {
		return jdbc.sql("""
				select m.person_id, m.household_id, m.voornaam, m.achternaam, m.geboortedatum, h.gemeente
				from inburgering.household_member m join inburgering.household h on h.id = m.household_id
				where m.geboortedatum = ?""")
			.param(member.geboortedatum())
			.query((rs, n) -> new DuplicateCandidate(rs.getObject("person_id", UUID.class),
					new HouseholdId(rs.getObject("household_id", UUID.class)),
					rs.getString("voornaam") + " " + rs.getString("achternaam"),
					rs.getObject("geboortedatum", LocalDate.class), rs.getString("gemeente")))
			.list()
			.stream()
			.filter(c -> similar(c.naam(), member.voornaam() + " " + member.achternaam()))
			.toList();
	}

	static boolean similar(String a, String b) {
		return distance(fold(a), fold(b)) <= MAX_DISTANCE;
	}

	private static String fold(String name) {
		return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	/** Levenshtein distance, two rows. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
