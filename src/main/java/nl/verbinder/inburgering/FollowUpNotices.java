package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another module (monitoring's signals) shows on the caseload and the household
 * page: how many open notices each household has, and a household's open notices with
 * their reason, due date and how they were handled. Called by the pages after the
 * caller's scope was checked for the households; the implementation checks it again.
 */
public interface FollowUpNotices {

	/**
	 * One open notice: its id (to handle or dismiss it), its kind and reason as message
	 * keys, its due date, and the day and note of its handling, if handled.
	 */
	record Notice(UUID id, String kindKey, String reasonKey, LocalDate dueOn, @Nullable LocalDate handledOn,
			@Nullable String note) {
	}

	/** The number of open notices per household of {@code households} that has any. */
	Map<HouseholdId, Integer> openCounts(Collection<HouseholdId> households);

	/** The household's open notices, most urgent first. */
	List<Notice> open(HouseholdId household);

}
