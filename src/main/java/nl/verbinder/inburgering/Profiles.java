package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a person's background (languages, education, work, talents and wishes). Reads and changes
 * happen within the caller's scope and are written to the processing log; codes are checked against the
 * reference data, and a change made on a stale version is a conflict.
 */
@Service
public class Profiles {

	private final PersonProfiles profiles;
	private final Scoping scoping;
	private final ProcessingLog log;
	private final ReferenceData reference;
	private final Clock clock;

	Profiles(PersonProfiles profiles, Scoping scoping, ProcessingLog log, ReferenceData reference, Clock clock) {
		this.profiles = profiles;
		this.scoping = scoping;
		this.log = log;
		this.reference = reference;
		this.clock = clock;
	}

	@Transactional
	public ProfileView profile(UUID personId, Locale locale) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		PersonProfile profile = load(personId, scoping.householdOf(personId, scope));
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return ProfileView.of(profile, reference, locale);
	}

	/** Replaces the profile's content with {@code content}, if nobody changed it since {@code versie}. */
	@Transactional
	public ProfileView revise(UUID personId, long versie, PersonProfile.Content content, Locale locale) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		PersonProfile profile = load(personId, household);
		checkCodes(content);
		profile.revise(versie, content, household.member(personId).geboortedatum(), LocalDate.now(clock));
		long saved = profiles.save(profile, scope.actor().id().value(), clock.instant());
		log.record(Inburgering.REGIE, profile.version() == 0 ? Operation.CREATE : Operation.UPDATE,
				DataSubject.person(personId));
		return ProfileView.of(new PersonProfile(personId, profile.householdId(), profile.gemeente(), content, saved),
				reference, locale);
	}

	private PersonProfile load(UUID personId, Household household) {
		return profiles.find(personId)
			.orElseGet(() -> PersonProfile.empty(personId, household.id().value(), household.gemeente().value()));
	}

	private void checkCodes(PersonProfile.Content content) {
		for (var skill : content.talen()) {
			if (reference.taal(skill.taal()).isEmpty()) {
				throw new IllegalArgumentException("Unknown language code " + skill.taal());
			}
		}
		for (var e : content.opleidingen()) {
			checkCountry(e.land());
		}
		for (var w : content.werkervaring()) {
			checkCountry(w.land());
			if (w.escoUri() != null && reference.occupation(w.escoUri()).isEmpty()) {
				throw new IllegalArgumentException("Unknown ESCO occupation " + w.escoUri());
			}
		}
	}

	private void checkCountry(String land) {
		if (land != null && reference.land(land).isEmpty()) {
			throw new IllegalArgumentException("Unknown country code " + land);
		}
	}
}
