package nl.verbinder.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The administrator finds a person for their processing log by BSN or name. The search
 * shows names and dates of birth, so it is processing of those people's data: every
 * person found is logged as read for accountability.
 */
@Service
class SubjectSearch {

	private final AccessControl access;

	private final ObjectProvider<SubjectDirectory> directories;

	private final ProcessingLog log;

	SubjectSearch(AccessControl access, ObjectProvider<SubjectDirectory> directories, ProcessingLog log) {
		this.access = access;
		this.directories = directories;
		this.log = log;
	}

	/**
	 * Refuses ("not found") a data subject outside the reader's scope: an administrator
	 * of the whole region reads every subject's log, one of a municipality only that of
	 * the people and households of that municipality, asked of the directories that keep
	 * them (a subject no directory places, such as an account, only the region's).
	 */
	void requireWithin(DataSubject subject) {
		AccessScope scope = access.scopeFor(Permission.PROCESSING_LOG_READ);
		if (scope.gemeenten().containsAll(access.region().gemeenteCodes())) {
			return;
		}
		boolean within = directories.orderedStream().anyMatch(d -> d.keeps(subject.type()) && d.within(subject, scope));
		if (!within) {
			throw new NoSuchElementException(
					"No data subject " + subject.type() + " " + subject.id() + " within " + scope);
		}
	}

	/**
	 * Needs {@link Permission#PROCESSING_LOG_READ}; searches the whole scope it grants.
	 */
	List<SubjectDirectory.KnownSubject> find(String query) {
		AccessScope scope = access.scopeFor(Permission.PROCESSING_LOG_READ);
		String q = query.strip();
		if (q.length() < 2) {
			return List.of();
		}
		List<SubjectDirectory.KnownSubject> found = new ArrayList<>();
		directories.orderedStream().forEach(d -> found.addAll(d.find(q, scope)));
		found.sort(Comparator.comparing(SubjectDirectory.KnownSubject::name)
			.thenComparing(SubjectDirectory.KnownSubject::birthDate));
		List<SubjectDirectory.KnownSubject> shown = found.stream().limit(SubjectDirectory.LIMIT).toList();
		if (!shown.isEmpty()) {
			log.record(ProcessingLog.ACCOUNTABILITY, Operation.READ,
					shown.stream().map(SubjectDirectory.KnownSubject::subject).toList());
		}
		return shown;
	}

}
