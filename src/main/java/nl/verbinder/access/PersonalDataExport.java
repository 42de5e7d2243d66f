package nl.verbinder.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The administrator's answer to an access request (inzageverzoek, AVG art. 15): all data
 * Verbinder keeps about one person, gathered from every module's {@link PersonalData},
 * with the person's processing log. Needs {@link Permission#PERSONAL_DATA_MANAGE}; the
 * export itself is logged under {@link #ACCESS_REQUEST}.
 */
@Service
public class PersonalDataExport {

	/** Gathering and handing over all data about one person on their request. */
	static final ProcessingActivity ACCESS_REQUEST = new ProcessingActivity("access.inzageverzoek",
			"Afhandelen van een inzageverzoek: alle gegevens over één persoon verzamelen en verstrekken",
			"AVG art. 15 (recht van inzage)")
		.concerning(DataCategory.values())
		.keptFor(Period.ofYears(5));

	/** The export: whom it is about, when it was made, and every module's part. */
	public record Export(UUID persoon, Instant gemaaktOp, List<PersonalData.Part> onderdelen) {

		/** When it was made, in Dutch local time. */
		public LocalDateTime localGemaaktOp() {
			return LocalDateTime.ofInstant(gemaaktOp, DutchTime.ZONE);
		}

	}

	private final ObjectProvider<PersonalData> modules;

	private final AccessControl access;

	private final ProcessingLog log;

	private final java.time.Clock clock;

	PersonalDataExport(ObjectProvider<PersonalData> modules, AccessControl access, ProcessingLog log,
			java.time.Clock clock) {
		this.modules = modules;
		this.access = access;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * All data about the person; throws {@link NoSuchElementException} when no module
	 * keeps anything about them within the administrator's scope.
	 */
	public Export of(UUID person) {
		AccessScope scope = access.scopeFor(Permission.PERSONAL_DATA_MANAGE);
		List<PersonalData> all = modules.orderedStream().toList();
		Set<UUID> households = new LinkedHashSet<>();
		all.forEach(module -> households.addAll(module.householdsOf(person, scope)));
		List<PersonalData.Part> parts = new ArrayList<>();
		all.forEach(module -> module.about(person, Set.copyOf(households), scope).ifPresent(parts::add));
		if (parts.isEmpty()) {
			throw new NoSuchElementException("No module keeps data about " + person);
		}
		DataSubject subject = DataSubject.person(person);
		List<Map<String, Object>> records = new ArrayList<>();
		for (ProcessingRecord r : log.forSubject(subject)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("tijdstip", r.occurredAt().toString());
			row.put("rol", r.actorRole());
			row.put("gemeente", r.actorGemeente());
			row.put("activiteit", r.activity());
			row.put("doel", r.purpose());
			row.put("grondslag", r.legalBasis());
			row.put("handeling", r.operation().name());
			records.add(row);
		}
		// Access's own tables (emergency-access grants) and the log in one part.
		Map<String, List<Map<String, Object>>> own = new LinkedHashMap<>();
		parts.stream().filter(part -> part.module().equals("access")).forEach(part -> own.putAll(part.tables()));
		parts.removeIf(part -> part.module().equals("access"));
		own.put("verwerkingslog", records);
		parts.add(new PersonalData.Part("access", own));
		log.record(ACCESS_REQUEST, Operation.READ, subject);
		return new Export(person, clock.instant(), List.copyOf(parts));
	}

}
