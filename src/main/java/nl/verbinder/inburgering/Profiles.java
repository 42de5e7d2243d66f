package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recording a person's background (languages, education, work, talents and wishes). Reads
 * and changes happen within the caller's scope and are written to the processing log;
 * codes are checked against the reference data, and a change made on a stale version is a
 * conflict.
 */
@Service
public class Profiles {

	private final PersonProfiles profiles;

	private final JdbcClient jdbc;

	private final Scoping scoping;

	private final ProcessingLog log;

	private final ReferenceData reference;

	private final Clock clock;

	Profiles(PersonProfiles profiles, Scoping scoping, ProcessingLog log, ReferenceData reference, Clock clock,
			JdbcClient jdbc) {
		this.profiles = profiles;
		this.jdbc = jdbc;
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

	/**
	 * What matching needs of a person: who and where, the highest education (ISCED), the
	 * ESCO occupations of their work history and their level of Dutch.
	 */
	public record Background(UUID personId, UUID householdId, String gemeente, String voornaam, String achternaam,
			PersonProfile.EducationLevel opleiding, List<String> occupations, @Nullable LanguageLevel nederlands) {

		/** The highest education as an ISCED 2011 level. */
		public int isced() {
			return opleiding.isced();
		}
	}

	/** One person's background, within the caller's scope; logged as a read. */
	@Transactional
	public Background background(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		Household household = scoping.householdOf(personId, scope);
		PersonProfile profile = load(personId, household);
		Member member = household.member(personId);
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return background(personId, household.id().value(), household.gemeente().value(), member.voornaam(),
				member.achternaam(), profile.content());
	}

	/**
	 * The backgrounds of every adult with a recorded profile in the caller's scope, to
	 * rank candidates for an opportunity. Every person read is in the processing log (one
	 * batch).
	 */
	@Transactional
	public List<Background> backgroundsInScope(LocalDate adultsBornBefore) {
		scoping.scope(Permission.HOUSEHOLD_READ);
		List<Background> backgrounds = jdbc.sql("""
				select p.person_id, p.household_id, p.gemeente, m.voornaam, m.achternaam, p.inhoud::text as inhoud
				from inburgering.person_profile p join inburgering.household_member m on m.person_id = p.person_id
				where m.geboortedatum <= ?""")
			.param(adultsBornBefore)
			.query((rs, n) -> background(rs.getObject("person_id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getString("gemeente"), rs.getString("voornaam"),
					rs.getString("achternaam"), profiles.content(rs.getString("inhoud"))))
			.list();
		if (!backgrounds.isEmpty()) {
			log.record(Inburgering.REGIE, Operation.READ,
					backgrounds.stream().map(b -> DataSubject.person(b.personId())).toList());
		}
		return backgrounds;
	}

	private static Background background(UUID personId, UUID householdId, String gemeente, String voornaam,
			String achternaam, PersonProfile.Content content) {
		List<String> occupations = content.werkervaring()
			.stream()
			.map(PersonProfile.WorkExperience::escoUri)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return new Background(personId, householdId, gemeente, voornaam, achternaam, content.highestEducation(),
				occupations, content.dutch());
	}

	/**
	 * Replaces the profile's content with {@code content}, if nobody changed it since
	 * {@code versie}.
	 */
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
				throw new RuleViolation("rule.language.unknown", skill.taal());
			}
		}
		for (var e : content.opleidingen()) {
			checkCountry(e.land());
		}
		for (var w : content.werkervaring()) {
			checkCountry(w.land());
			if (w.escoUri() != null && reference.occupation(w.escoUri()).isEmpty()) {
				throw new RuleViolation("rule.occupation.unknown", w.escoUri());
			}
		}
	}

	private void checkCountry(String land) {
		if (land != null && reference.land(land).isEmpty()) {
			throw new RuleViolation("rule.country.unknown", land);
		}
	}

}
