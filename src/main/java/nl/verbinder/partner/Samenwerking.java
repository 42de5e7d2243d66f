package nl.verbinder.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Actor;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.ProfileView;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.reference.Names;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The partner module's API. Case managers (household scope) record the basis for sharing, refer, record
 * who is involved and see it all per household. Partner workers see the referrals to their own
 * organisation while the basis holds, with what was shared and who the case manager is, and take the
 * steps. Every read and change of a person's data is in the processing log.
 */
@Service
public class Samenwerking {

	public static final ProcessingActivity SAMENWERKING = new ProcessingActivity("partner.samenwerking",
			"Doorverwijzen naar en samenwerken met partners rond een huishouden in de inburgering",
			"Toestemming (AVG art. 6 lid 1a) of wettelijke taak (Wet inburgering 2021, art. 16) per vastgelegde grondslag");

	/** A referral or a partner's access refused because no valid basis covers it: forbidden, not merely invalid. */
	@ResponseStatus(code = HttpStatus.FORBIDDEN, reason = "No basis for sharing")
	public static class NoValidBasis extends RuleViolation {

		NoValidBasis(String voornaam, String organisatie) {
			super("rule.referral.no-basis", voornaam, organisatie);
		}
	}

	/** A new basis as a case manager enters it. */
	public record NewBasis(@Nullable UUID personId, UUID organisatieId, Grondslag.Soort soort, String doel,
			Set<Gegevenscategorie> categorieen, Grondslag.@Nullable Wijze wijze, @Nullable String getuige,
			@Nullable String wettelijkeTaak, LocalDate gegevenOp, @Nullable LocalDate geldigTot) {
	}

	/** Someone involved as the household page shows them: recorded, or through a referral they accepted. */
	public record Involvement(String naam, String rol, @Nullable UUID organisatieId, LocalDate sinds, @Nullable LocalDate tot,
			String contact, boolean viaDoorverwijzing) {

		public boolean current(LocalDate today) {
			return tot == null || !tot.isBefore(today);
		}
	}

	public record BasisView(Grondslag grondslag, long versie, String organisatie, @Nullable String persoon, boolean geldig) {
	}

	public record ReferralView(Doorverwijzing doorverwijzing, long versie, String organisatie, String persoon,
			boolean achterstallig, List<Stap> stappen) {
	}

	/** Everything about working with partners for one household. */
	public record HouseholdCollaboration(UUID householdId, List<Involvement> betrokkenheden, List<BasisView> grondslagen,
			List<ReferralView> doorverwijzingen) {
	}

	/**
	 * A referral as the receiving organisation sees it: the shared data while the referral is open, who the
	 * case manager is, and the steps; never the household itself.
	 */
	public record PartnerReferral(UUID id, String organisatie, Status status, @Nullable String statusReden, String reden,
			Instant verstuurdOp, LocalDate reagerenVoor, boolean achterstallig, String gemeente, String consulent,
			Map<Gegevenscategorie, List<String>> gedeeld, List<Stap> stappen, Set<Status> volgende, long versie) {
	}

	private final AccessControl access;
	private final RowLevelSecurity rowLevelSecurity;
	private final ProcessingLog log;
	private final PartnerStore store;
	private final Inburgering inburgering;
	private final Profiles profiles;
	private final AccountAdministration accounts;
	private final ReferenceData reference;
	private final Names names;
	private final Clock clock;
	private final int acceptWithinDays;

	Samenwerking(AccessControl access, RowLevelSecurity rowLevelSecurity, ProcessingLog log, PartnerStore store,
			Inburgering inburgering, Profiles profiles, AccountAdministration accounts, ReferenceData reference, Names names, Clock clock,
			@Value("${verbinder.partner.accept-within-days:10}") int acceptWithinDays) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.store = store;
		this.inburgering = inburgering;
		this.profiles = profiles;
		this.accounts = accounts;
		this.reference = reference;
		this.names = names;
		this.clock = clock;
		this.acceptWithinDays = acceptWithinDays;
	}

	// The social map

	/** The region's organisations; open to every account (it is the region's public social map). */
	@Transactional(readOnly = true)
	public List<Organisatie> organisaties() {
		access.currentActor();
		return store.organisaties();
	}

	@Transactional(readOnly = true)
	public Organisatie organisatie(UUID id) {
		access.currentActor();
		return store.organisatie(id).orElseThrow(() -> new NoSuchElementException("No organisation " + id));
	}

	@Transactional
	public Organisatie registreer(Organisatie organisatie) {
		access.scopeFor(Permission.ORGANISATIONS_MANAGE);
		organisatie.gemeenten().forEach(g -> {
			if (!access.region().contains(g)) {
				throw new RuleViolation("rule.gemeente.outside-region", g.value());
			}
		});
		organisatie.talen().forEach(t -> {
			if (reference.taal(t).isEmpty()) {
				throw new RuleViolation("rule.language.unknown", t.value());
			}
		});
		store.insert(organisatie);
		return organisatie;
	}

	/** Links a partner worker's account to the organisation they work for. */
	@Transactional
	public void linkWorker(UUID accountId, UUID organisatieId) {
		access.scopeFor(Permission.ORGANISATIONS_MANAGE);
		organisatie(organisatieId);
		if (accounts.roleOf(new AccountId(accountId)).orElse(null) != nl.verbinder.access.Role.PARTNER_WORKER) {
			throw new RuleViolation("rule.organisation.worker-role");
		}
		store.linkWorker(accountId, organisatieId);
	}

	// Per household, for case managers

	@Transactional
	public HouseholdCollaboration household(HouseholdId id) {
		HouseholdView household = inburgering.household(id);
		restrict(Permission.HOUSEHOLD_READ);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, Organisatie> organisations = store.organisaties()
			.stream()
			.collect(Collectors.toMap(Organisatie::id, Function.identity()));
		Map<UUID, String> names = new java.util.HashMap<>();
		organisations.forEach((key, o) -> names.put(key, o.naam()));
		Map<UUID, String> members = household.members()
			.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, HouseholdView.MemberView::voornaam));
		List<Involvement> involved = new ArrayList<>();
		store.betrokkenheden(id.value())
			.forEach(b -> involved.add(new Involvement(b.naam(), b.rol(), b.organisatieId(), b.sinds(), b.tot(), b.contact(), false)));
		List<ReferralView> referrals = new ArrayList<>();
		for (var stored : store.doorverwijzingen(id.value())) {
			Doorverwijzing d = stored.value();
			List<Stap> steps = store.steps(d.id());
			referrals.add(new ReferralView(d, stored.version(), names.getOrDefault(d.organisatieId(), "?"),
					members.getOrDefault(d.personId(), "?"), d.achterstallig(today), steps));
			LocalDate accepted = stepDate(steps, Status.GEACCEPTEERD);
			if (accepted != null) {
				LocalDate ended = d.status().open() ? null : stepDate(steps, d.status());
				var org = java.util.Optional.ofNullable(organisations.get(d.organisatieId()));
				String contact = org.map(Organisatie::contact)
					.map(c -> (c.naam() + " " + c.telefoon() + " " + c.email()).strip())
					.orElse("");
				involved.add(new Involvement(names.getOrDefault(d.organisatieId(), "?"), d.reden(), d.organisatieId(), accepted,
						ended, contact, true));
			}
		}
		involved.sort(java.util.Comparator.comparing((Involvement i) -> !i.current(today))
			.thenComparing(Involvement::sinds, java.util.Comparator.reverseOrder()));
		List<BasisView> bases = store.grondslagen(id.value())
			.stream()
			.map(v -> new BasisView(v.value(), v.version(), names.getOrDefault(v.value().organisatieId(), "?"),
					v.value().personId() == null ? null : members.get(v.value().personId()), v.value().geldig(today)))
			.toList();
		// Reading the household already logged the members; this page shows no other person's data.
		return new HouseholdCollaboration(id.value(), List.copyOf(involved), bases, List.copyOf(referrals));
	}

	@Transactional
	public BasisView recordBasis(HouseholdId id, NewBasis basis) {
		HouseholdView household = inburgering.household(id);
		Actor actor = restrict(Permission.HOUSEHOLD_WRITE).actor();
		if (basis.personId() != null) {
			household.member(basis.personId());
		}
		Organisatie organisatie = organisatie(basis.organisatieId());
		if (basis.gegevenOp().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.basis.given-ahead");
		}
		Grondslag g = new Grondslag(UUID.randomUUID(), id.value(), basis.personId(),
				new nl.verbinder.shared.GemeenteCode(household.gemeente()), organisatie.id(), basis.soort(), basis.doel(),
				basis.categorieen(), basis.wijze(), basis.getuige(), basis.wettelijkeTaak(), basis.gegevenOp(), basis.geldigTot(),
				null, actor.id().value(), clock.instant());
		store.insert(g);
		log.record(SAMENWERKING, Operation.CREATE, subjects(household, basis.personId()));
		return new BasisView(g, 0, organisatie.naam(), basis.personId() == null ? null : household.member(basis.personId()).voornaam(),
				g.geldig(LocalDate.now(clock)));
	}

	/**
	 * Withdraws consent. From this moment the organisation sees none of the data it covered, and the open
	 * referrals that rested on it stop, with that as the reason.
	 */
	@Transactional
	public void withdraw(HouseholdId id, UUID grondslagId, long expectedVersion) {
		HouseholdView household = inburgering.household(id);
		Actor actor = restrict(Permission.HOUSEHOLD_WRITE).actor();
		var stored = store.grondslag(grondslagId)
			.filter(v -> v.value().householdId().equals(id.value()))
			.orElseThrow(() -> new NoSuchElementException("No basis " + grondslagId + " for this household"));
		Instant now = clock.instant();
		Grondslag withdrawn = stored.value().trekIn(now);
		store.withdraw(withdrawn, expectedVersion);
		for (var referral : store.openOnBasis(grondslagId)) {
			Doorverwijzing stopped = referral.value().naar(Status.GESTOPT, "Toestemming ingetrokken");
			store.update(stopped, referral.version(), new Stap(now, Status.GESTOPT, "Toestemming ingetrokken", actor.displayName()));
		}
		log.record(SAMENWERKING, Operation.UPDATE, subjects(household, stored.value().personId()));
	}

	/**
	 * Refers a member to an organisation, sharing the named categories of data as they are now. Refused
	 * without a basis that holds today and covers this organisation, person and every category.
	 */
	@Transactional
	public ReferralView refer(HouseholdId id, UUID personId, UUID organisatieId, @Nullable UUID kansId, String reden,
			Set<Gegevenscategorie> gedeeld, Locale locale) {
		return refer(id, personId, organisatieId, kansId, reden, gedeeld, locale, clock.instant());
	}

	/**
	 * Records a referral made earlier (by phone or mail, recorded afterwards): the basis must have held on the
	 * day it was sent, and the time to accept counts from then.
	 */
	@Transactional
	public ReferralView refer(HouseholdId id, UUID personId, UUID organisatieId, @Nullable UUID kansId, String reden,
			Set<Gegevenscategorie> gedeeld, Locale locale, Instant sentAt) {
		if (sentAt.isAfter(clock.instant())) {
			throw new RuleViolation("rule.referral.sent-ahead");
		}
		HouseholdView household = inburgering.household(id);
		HouseholdView.MemberView member = household.member(personId);
		Actor actor = restrict(Permission.HOUSEHOLD_WRITE).actor();
		Organisatie organisatie = organisatie(organisatieId);
		LocalDate today = LocalDate.ofInstant(sentAt, clock.getZone());
		Set<Gegevenscategorie> shared = gedeeld.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(gedeeld);
		Grondslag basis = store.grondslagen(id.value())
			.stream()
			.map(PartnerStore.Versioned::value)
			.filter(g -> g.geldig(today) && g.dekt(organisatieId, personId, shared))
			.findFirst()
			.orElseThrow(() -> new NoValidBasis(member.voornaam(), organisatie.naam()));
		Doorverwijzing d = new Doorverwijzing(UUID.randomUUID(), id.value(), personId,
				new nl.verbinder.shared.GemeenteCode(household.gemeente()), organisatieId, kansId, basis.id(), reden,
				snapshot(household, member, shared, locale), Status.VERSTUURD, null, sentAt, today.plusDays(acceptWithinDays),
				actor.id().value());
		store.insert(d, new Stap(d.verstuurdOp(), Status.VERSTUURD, null, actor.displayName()));
		log.record(SAMENWERKING, Operation.CREATE, DataSubject.person(personId));
		return new ReferralView(d, 0, organisatie.naam(), member.voornaam(), d.achterstallig(LocalDate.now(clock)),
				store.steps(d.id()));
	}

	/**
	 * The case manager takes a referral's next step: stopping it (with a reason, e.g. the newcomer moved), or
	 * recording the answer of an organisation that does not use Verbinder and answered by phone or mail.
	 */
	@Transactional
	public void stepOnBehalf(HouseholdId id, UUID referralId, long expectedVersion, Status next, @Nullable String reason) {
		inburgering.household(id);
		Actor actor = restrict(Permission.HOUSEHOLD_WRITE).actor();
		var stored = store.doorverwijzing(referralId)
			.filter(v -> v.value().householdId().equals(id.value()))
			.orElseThrow(() -> new NoSuchElementException("No referral " + referralId + " for this household"));
		store.update(stored.value().naar(next, reason), expectedVersion,
				new Stap(clock.instant(), next, reason, actor.displayName()));
		log.record(SAMENWERKING, Operation.UPDATE, DataSubject.person(stored.value().personId()));
	}

	@Transactional
	public Involvement addInvolvement(HouseholdId id, @Nullable UUID organisatieId, String naam, String rol, LocalDate sinds,
			@Nullable LocalDate tot, String contact) {
		HouseholdView household = inburgering.household(id);
		restrict(Permission.HOUSEHOLD_WRITE);
		String name = naam;
		if (organisatieId != null) {
			name = organisatie(organisatieId).naam();
		}
		Betrokkenheid b = new Betrokkenheid(UUID.randomUUID(), id.value(), new nl.verbinder.shared.GemeenteCode(household.gemeente()),
				organisatieId, name, rol, sinds, tot, contact);
		store.insert(b);
		log.record(SAMENWERKING, Operation.UPDATE, subjects(household, null));
		return new Involvement(b.naam(), b.rol(), b.organisatieId(), b.sinds(), b.tot(), b.contact(), false);
	}

	// For partner workers

	/** The referrals to the current partner worker's organisation whose basis holds, open ones first. */
	@Transactional
	public List<PartnerReferral> inbox() {
		UUID organisatie = ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		var stored = store.doorverwijzingenAan(organisatie, today, 200);
		List<PartnerReferral> referrals = stored.stream().map(v -> partnerView(v, today)).toList();
		var shown = stored.stream()
			.filter(v -> v.value().status().open())
			.map(v -> DataSubject.person(v.value().personId()))
			.toList();
		if (!shown.isEmpty()) {
			log.record(SAMENWERKING, Operation.READ, shown);
		}
		return referrals;
	}

	/** One referral to the partner worker's organisation; "not found" without a basis that holds today. */
	@Transactional
	public PartnerReferral referral(UUID id) {
		var stored = partnersReferral(id);
		log.record(SAMENWERKING, Operation.READ, DataSubject.person(stored.value().personId()));
		return partnerView(stored, LocalDate.now(clock));
	}

	/** The partner worker takes the next step: accept, decline (with reason), start, complete, stop (with reason). */
	@Transactional
	public PartnerReferral step(UUID id, long expectedVersion, Status next, @Nullable String reason) {
		var stored = partnersReferral(id);
		Actor actor = access.currentActor();
		Doorverwijzing changed = stored.value().naar(next, reason);
		store.update(changed, expectedVersion, new Stap(clock.instant(), next, reason, actor.displayName()));
		log.record(SAMENWERKING, Operation.UPDATE, DataSubject.person(changed.personId()));
		return partnerView(store.doorverwijzing(id).orElseThrow(), LocalDate.now(clock));
	}

	/** A progress note from the partner worker, which the case manager sees in the household timeline. */
	@Transactional
	public PartnerReferral note(UUID id, String text) {
		var stored = partnersReferral(id);
		String note = text == null ? "" : text.strip();
		if (note.isEmpty() || note.length() > 2000) {
			throw new RuleViolation("rule.referral.note-length", 2000);
		}
		if (!stored.value().status().open()) {
			throw new RuleViolation("rule.referral.note-closed");
		}
		store.addStep(id, new Stap(clock.instant(), stored.value().status(), note, access.currentActor().displayName()));
		log.record(SAMENWERKING, Operation.UPDATE, DataSubject.person(stored.value().personId()));
		return partnerView(store.doorverwijzing(id).orElseThrow(), LocalDate.now(clock));
	}

	private PartnerStore.Versioned<Doorverwijzing> partnersReferral(UUID id) {
		UUID organisatie = ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		var stored = store.doorverwijzing(id)
			.filter(v -> v.value().organisatieId().equals(organisatie))
			.orElseThrow(() -> new NoSuchElementException("No referral " + id + " to your organisation"));
		boolean basisHolds = store.grondslag(stored.value().grondslagId()).map(g -> g.value().geldig(today)).orElse(false);
		if (!basisHolds) {
			// Withdrawn or ended consent: the referral is gone for the partner, as if it never reached them.
			throw new NoSuchElementException("No referral " + id + " to your organisation");
		}
		return stored;
	}

	private UUID ownOrganisation() {
		AccessScope scope = access.scopeFor(Permission.REFERRALS_RECEIVE);
		rowLevelSecurity.restrictTo(scope);
		return store.organisatieOf(scope.actor().id().value())
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
					"This account is not linked to an organisation"));
	}

	private PartnerReferral partnerView(PartnerStore.Versioned<Doorverwijzing> stored, LocalDate today) {
		Doorverwijzing d = stored.value();
		String caseManager = accounts.displayName(new AccountId(d.verstuurdDoor())).orElse("?");
		String gemeente = reference.gemeente(d.gemeente()).map(g -> g.displayName()).orElse(d.gemeente().value());
		String organisatie = store.organisatie(d.organisatieId()).map(Organisatie::naam).orElse("?");
		return new PartnerReferral(d.id(), organisatie, d.status(), d.statusReden(), d.reden(), d.verstuurdOp(), d.reagerenVoor(),
				d.achterstallig(today), gemeente, caseManager, d.status().open() ? d.gedeeld() : Map.of(), store.steps(d.id()),
				d.volgende(), stored.version());
	}

	private AccessScope restrict(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/** The day a referral reached a status: its first step with it (notes come after, at the same status). */
	private static @Nullable LocalDate stepDate(List<Stap> steps, Status status) {
		return steps.stream()
			.filter(s -> s.status() == status)
			.findFirst()
			.map(s -> LocalDate.ofInstant(s.op(), java.time.ZoneId.systemDefault()))
			.orElse(null);
	}

	private static List<DataSubject> subjects(HouseholdView household, @Nullable UUID personId) {
		if (personId != null) {
			return List.of(DataSubject.person(personId));
		}
		List<DataSubject> subjects = new ArrayList<>();
		subjects.add(DataSubject.household(household.id().value()));
		household.members().forEach(m -> subjects.add(DataSubject.person(m.personId())));
		return subjects;
	}

	/** What is shared, per category, as it is now: the partner sees this and not the file itself. */
	private Map<Gegevenscategorie, List<String>> snapshot(HouseholdView household, HouseholdView.MemberView member,
			Set<Gegevenscategorie> categories, Locale locale) {
		Map<Gegevenscategorie, List<String>> shared = new EnumMap<>(Gegevenscategorie.class);
		ProfileView profile = categories.contains(Gegevenscategorie.TALEN)
				|| categories.contains(Gegevenscategorie.OPLEIDING_EN_WERK) ? profiles.profile(member.personId(), locale) : null;
		for (Gegevenscategorie c : categories) {
			List<String> lines = switch (c) {
				case NAAM_EN_ADRES -> List.of(member.voornaam() + " " + member.achternaam(),
						household.adres() + ", " + household.postcode());
				case GEBOORTEDATUM -> List.of(member.geboortedatum().toString());
				case TALEN -> profile.talen()
					.stream()
					.map(t -> names.languageWithLevel(new TaalCode(t.taal()), t.niveau(), locale))
					.toList();
				case OPLEIDING_EN_WERK -> {
					List<String> l = new ArrayList<>();
					profile.opleidingen()
						.forEach(o -> l.add(names.label("opleidingsniveau.", o.niveau(), locale)
								+ (o.richting().isBlank() ? "" : ": " + o.richting())));
					profile.werkervaring().forEach(w -> l.add(w.functie() + (w.beroep() == null ? "" : " (" + w.beroep() + ")")));
					yield l;
				}
				case INBURGERING -> List.of(names.label("regime.", member.regime(), locale));
			};
			shared.put(c, lines);
		}
		return shared;
	}
}
