package nl.verbinder.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
