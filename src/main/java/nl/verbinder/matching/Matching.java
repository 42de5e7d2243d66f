package nl.verbinder.matching;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.Referrals;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's API: the region's opportunities, a person's preferences for
 * matching, ranked opportunities for a person and ranked candidates for an opportunity
 * (within the caller's municipalities), each with its reasons, and the referral to an
 * opportunity, which goes through {@link Referrals} and so needs a basis for sharing:
 * nothing leaves the municipality without one.
 *
 * <p>
 * Nine collaborators, more than we allow without a reason: matching is where four modules
 * meet (profiles from inburgering, the social map and referrals from partner, occupations
 * and distances from reference, scope, row-level security and the log from access),
 * beside its own store and the clock. Split further, each part would need most of them
 * again.
 */
@Service
public class Matching {

	public static final ProcessingActivity MATCHING = new ProcessingActivity("matching.talent",
			"Passende kansen zoeken voor nieuwkomers op basis van hun talenten en wensen",
			"Wettelijke taak (Wet inburgering 2021, art. 15–16: het PIP en participatie)")
		.concerning(DataCategory.TALENTS_AND_WISHES, DataCategory.EDUCATION_AND_WORK, DataCategory.ORIGIN,
				DataCategory.CONTACT)
		.keptFor(Period.ofYears(2));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities matchingProcessingActivities() {
		return ProcessingActivities.of(MATCHING);
	}

	/** An opportunity with its organisation's name and its occupation in words. */
	public record KansView(Kans kans, String organisatie, @Nullable String beroep) {
	}

	/** A person's background (from their profile) and their preferences for matching. */
	public record TalentView(Profiles.Background background, Voorkeur voorkeur, long versie, boolean recorded) {
	}

	/**
	 * A ranked opportunity for a person, with a suggested training for a dual path where
	 * one applies.
	 */
	public record OpportunityMatch(TalentMatching.Match match, KansView kans, @Nullable KansView duaal) {
	}

	/** A ranked candidate for an opportunity. */
	public record CandidateMatch(TalentMatching.Match match, String naam, UUID householdId, String gemeente) {
	}

	/** What an organisation offers, as a case manager or coordinator enters it. */
	public record NewKans(Kans.Soort soort, UUID organisatieId, String titel, GemeenteCode gemeente, int urenPerWeek,
			Set<DayOfWeek> dagen, int plaatsen, LanguageLevel nederlands, @Nullable String beroep,
			List<String> orientatie, Set<String> tags, String biedt) {
	}

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final MatchingStore store;

	private final Profiles profiles;

	private final SocialMap socialMap;

	private final Referrals referrals;

	private final ReferenceData reference;

	private final Clock clock;

	private final TalentMatching matching;

	Matching(AccessControl access, RowLevelSecurity rowLevelSecurity, ProcessingLog log, MatchingStore store,
			Profiles profiles, SocialMap socialMap, Referrals referrals, ReferenceData reference, Clock clock) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.store = store;
		this.profiles = profiles;
		this.socialMap = socialMap;
		this.referrals = referrals;
		this.reference = reference;
		this.clock = clock;
		this.matching = new TalentMatching(reference::distanceKm, reference::occupation);
	}

	// Opportunities

	@Transactional(readOnly = true)
	public List<KansView> kansen(Locale locale) {
		access.currentActor();
		Map<UUID, String> names = organisationNames();
		return store.active().stream().map(k -> view(k, names, locale)).toList();
	}

	/**
	 * One page of the active opportunities, by kind and title unless another order is
	 * asked.
	 */
	@Transactional(readOnly = true)
	public Paged<KansView> kansen(Paging paging, Locale locale) {
		access.currentActor();
		Map<UUID, String> names = organisationNames();
		return paging.page("kansen", store.active(paging).stream().map(k -> view(k, names, locale)).toList(),
				store.countActive());
	}

	@Transactional(readOnly = true)
	public KansView kans(UUID id, Locale locale) {
		access.currentActor();
		return view(find(id), organisationNames(), locale);
	}

	@Transactional
	public KansView register(NewKans k, Locale locale) {
		access.scopeFor(Permission.ORGANISATIONS_MANAGE);
		Organisatie organisatie = socialMap.organisatie(k.organisatieId());
		String title = k.titel() == null ? "" : k.titel().strip();
		if (title.length() < 3 || title.length() > 200) {
			throw new RuleViolation("rule.opportunity.title", 3, 200);
		}
		if (!access.region().contains(k.gemeente())) {
			throw new RuleViolation("rule.gemeente.outside-region", k.gemeente().value());
		}
		if (k.plaatsen() < 1 || k.plaatsen() > 1000) {
			throw new RuleViolation("rule.opportunity.places", 1, 1000);
		}
		if (k.urenPerWeek() < 1 || k.urenPerWeek() > 40) {
			throw new RuleViolation("rule.opportunity.hours", 1, 40);
		}
		List<String> occupations = new ArrayList<>(k.orientatie() == null ? List.of() : k.orientatie());
		if (k.beroep() != null) {
			occupations.add(k.beroep());
		}
		for (String uri : occupations) {
			if (reference.occupation(uri).isEmpty()) {
				throw new RuleViolation("rule.occupation.unknown", uri);
			}
		}
		Kans kans = new Kans(UUID.randomUUID(), k.soort(), organisatie.id(), title, k.gemeente(), k.urenPerWeek(),
				k.dagen() == null ? Set.of() : k.dagen(), k.plaatsen(), k.nederlands(), k.beroep(),
				k.orientatie() == null ? List.of() : k.orientatie(), k.tags() == null ? Set.of() : k.tags(),
				k.biedt() == null ? "" : k.biedt().strip());
		store.insert(kans);
		return view(kans, organisationNames(), locale);
	}

	// A person's talent and preferences

	@Transactional
	public TalentView talent(UUID personId) {
		Profiles.Background background = profiles.background(personId);
		var stored = store.voorkeur(personId);
		return new TalentView(background, stored.map(MatchingStore.StoredVoorkeur::voorkeur).orElse(Voorkeur.DEFAULT),
				stored.map(MatchingStore.StoredVoorkeur::version).orElse(0L), stored.isPresent());
	}

	@Transactional
	public TalentView savePreferences(UUID personId, long expectedVersion, Voorkeur voorkeur) {
		Profiles.Background background = profiles.background(personId);
		var scope = access.scopeFor(Permission.HOUSEHOLD_WRITE);
		rowLevelSecurity.restrictTo(scope);
		if (!scope.covers(new GemeenteCode(background.gemeente()))) {
			throw new NoSuchElementException("No person " + personId + " in scope");
		}
		store.save(personId, background.householdId(), background.gemeente(), voorkeur, expectedVersion);
		log.record(MATCHING, expectedVersion == 0 ? Operation.CREATE : Operation.UPDATE, DataSubject.person(personId));
		return new TalentView(background, voorkeur, expectedVersion + 1, true);
	}

	/**
	 * The best opportunities for a person, with the reasons, underemployment flagged and
	 * a dual path where it fits.
	 */
	@Transactional
	public List<OpportunityMatch> opportunitiesFor(UUID personId, int limit, Locale locale) {
		return opportunitiesFor(talent(personId), limit, locale);
	}

	/**
	 * As above, for a talent the caller read already (the talent page shows both: one
	 * read, one log record).
	 */
	@Transactional
	public List<OpportunityMatch> opportunitiesFor(TalentView talent, int limit, Locale locale) {
		UUID personId = talent.background().personId();
		Map<UUID, String> names = organisationNames();
		List<OpportunityMatch> matches = new ArrayList<>();
		for (var m : matching.opportunitiesFor(talent(talent), store.active(), limit)) {
			matches.add(new OpportunityMatch(m, view(m.kans(), names, locale),
					m.dualPath() == null ? null : view(m.dualPath().training(), names, locale)));
		}
		log.record(MATCHING, Operation.READ, DataSubject.person(personId));
		return matches;
	}

	/**
	 * One page of the ranked opportunities for a person, best first unless another order
	 * is asked; every opportunity is ranked, only the page is returned.
	 */
	@Transactional
	public Paged<OpportunityMatch> opportunitiesFor(UUID personId, Paging paging, Locale locale) {
		TalentView talent = talent(personId);
		List<OpportunityMatch> all = opportunitiesFor(talent, Integer.MAX_VALUE, locale);
		return paging.of("kansen", all, Map.of("score", Comparator.comparingDouble(m -> m.match().score()), "titel",
				Comparator.comparing(m -> m.kans().kans().title())), (a, b) -> 0);
	}

	/**
	 * One page of the ranked candidates for an opportunity among the adults in the
	 * caller's municipalities, best first unless another order is asked. Every adult is
	 * ranked; only the page's people are recorded as read.
	 */
	@Transactional
	public Paged<CandidateMatch> candidatesFor(UUID kansId, Paging paging) {
		Paged<CandidateMatch> page = paging.of("kandidaten", rank(kansId, Integer.MAX_VALUE),
				Map.of("score", Comparator.comparingDouble(c -> c.match().score()), "naam",
						Comparator.comparing(CandidateMatch::naam), "gemeente",
						Comparator.comparing(CandidateMatch::gemeente)),
				(a, b) -> 0);
		if (!page.items().isEmpty()) {
			log.record(MATCHING, Operation.READ,
					page.items().stream().map(c -> DataSubject.person(c.match().talent().personId())).toList());
		}
		return page;
	}

	/**
	 * The best candidates for an opportunity among the adults in the caller's
	 * municipalities.
	 */
	@Transactional
	public List<CandidateMatch> candidatesFor(UUID kansId, int limit) {
		List<CandidateMatch> candidates = rank(kansId, limit);
		if (!candidates.isEmpty()) {
			log.record(MATCHING, Operation.READ,
					candidates.stream().map(c -> DataSubject.person(c.match().talent().personId())).toList());
		}
		return candidates;
	}

	private List<CandidateMatch> rank(UUID kansId, int limit) {
		Kans kans = find(kansId);
		List<Profiles.Background> adults = profiles.backgroundsInScope(LocalDate.now(clock).minusYears(18));
		Map<UUID, Voorkeur> preferences = store.voorkeuren();
		Map<UUID, Profiles.Background> byPerson = adults.stream()
			.collect(Collectors.toMap(Profiles.Background::personId, b -> b));
		List<Talent> talents = adults.stream()
			.map(b -> talent(b, preferences.getOrDefault(b.personId(), Voorkeur.DEFAULT)))
			.toList();
		List<CandidateMatch> candidates = matching.candidatesFor(kans, talents, limit).stream().map(m -> {
			var b = byPerson.get(m.talent().personId());
			return new CandidateMatch(m, b.voornaam() + " " + b.achternaam(), b.householdId(),
					reference.gemeente(new GemeenteCode(b.gemeente())).map(g -> g.displayName()).orElse(b.gemeente()));
		}).toList();
		return candidates;
	}

	/**
	 * Refers a person to an opportunity: a referral to its organisation that shares name,
	 * languages and education and work. Refused ({@link Referrals.NoValidBasis}) without
	 * a basis for sharing with it.
	 */
	@Transactional
	public Referrals.ReferralView refer(UUID personId, UUID kansId, Locale locale) {
		Kans kans = find(kansId);
		Profiles.Background background = profiles.background(personId);
		return referrals.refer(new HouseholdId(background.householdId()), personId, kans.organisationId(), kans.id(),
				"Kans: " + kans.title(), EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN,
						Gegevenscategorie.OPLEIDING_EN_WERK),
				locale);
	}

	private Kans find(UUID id) {
		return store.find(id).orElseThrow(() -> new NoSuchElementException("No opportunity " + id));
	}

	private static Talent talent(TalentView view) {
		return talent(view.background(), view.voorkeur());
	}

	private static Talent talent(Profiles.Background b, Voorkeur v) {
		return new Talent(b.personId(), new GemeenteCode(b.gemeente()), b.isced(), "", b.occupations(), v.interesses(),
				v.urenPerWeek(), v.dagen(), b.nederlands() == null ? LanguageLevel.A0 : b.nederlands(),
				v.reisafstandKm());
	}

	private KansView view(Kans k, Map<UUID, String> names, Locale locale) {
		String occupation = k.occupation() == null ? null
				: reference.occupation(k.occupation()).map(o -> o.label(locale)).orElse(null);
		return new KansView(k, names.getOrDefault(k.organisationId(), "?"), occupation);
	}

	private Map<UUID, String> organisationNames() {
		return socialMap.organisaties().stream().collect(Collectors.toMap(Organisatie::id, Organisatie::naam));
	}

}
