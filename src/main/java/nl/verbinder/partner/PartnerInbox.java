package nl.verbinder.partner;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Actor;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner worker's inbox: the referrals to their own organisation while the basis
 * holds, with what was shared and who the case manager is, and the steps they take
 * (accept, decline, start, complete, stop) and their progress notes. Never the household
 * itself.
 *
 * <p>
 * Eight collaborators, one more than we allow without a reason: the inbox reads
 * organisations, accounts and reference data to show a referral, and publishes
 * {@link ReferralAnswered} when the partner answers one.
 */
@Service
public class PartnerInbox {

	/**
	 * A referral as the receiving organisation sees it: the shared data while the
	 * referral is open, who the case manager is, the steps, and the days a plan in the
	 * household was established while the organisation worked with it
	 * ({@code planVastgesteld}); never the household or the plan itself.
	 */
	public record PartnerReferral(UUID id, String organisatie, Status status, @Nullable String statusReden,
			String reden, Instant sentOn, LocalDate reagerenVoor, boolean achterstallig, String gemeente,
			String consulent, Map<Gegevenscategorie, List<String>> gedeeld, List<Stap> stappen, Set<Status> volgende,
			long versie, List<LocalDate> planVastgesteld) {

		/**
		 * Whether {@link #statusReden()} is a message key to show in the reader's
		 * language.
		 */
		public boolean statusReasonCoded() {
			return Doorverwijzing.isReasonCode(statusReden);
		}
	}

	/**
	 * A person referred to the partner worker's organisation, as reports about them need:
	 * the referral, whom it concerns (ids), their name when it was shared, and where the
	 * referral stands.
	 */
	public record Participant(UUID doorverwijzingId, UUID householdId, UUID personId, GemeenteCode gemeente,
			@Nullable String naam, Status status, Instant sentOn) {
	}

	/**
	 * The statuses in which a referred person is a participant the organisation reports
	 * on.
	 */
	private static final Set<Status> PARTICIPATING = Set.of(Status.GEACCEPTEERD, Status.GESTART, Status.AFGEROND);

	private final PartnerAccess partnerAccess;

	private final AccessControl access;

	private final PartnerStore store;

	private final AccountAdministration accounts;

	private final ReferenceData reference;

	private final ProcessingLog log;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PartnerInbox(PartnerAccess partnerAccess, AccessControl access, PartnerStore store, AccountAdministration accounts,
			ReferenceData reference, ProcessingLog log, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.partnerAccess = partnerAccess;
		this.access = access;
		this.store = store;
		this.accounts = accounts;
		this.reference = reference;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * The referrals to the current partner worker's organisation whose basis holds, open
	 * ones first.
	 */
	@Transactional
	public List<PartnerReferral> inbox() {
		UUID organisatie = partnerAccess.ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		return shown(store.doorverwijzingenAan(organisatie, today, 200), today);
	}

	/**
	 * One page of the referrals to the partner worker's organisation whose basis holds
	 * today, open ones first, newest first unless another order is asked; the open ones
	 * on the page are recorded as read.
	 */
	@Transactional
	public Paged<PartnerReferral> inbox(Paging paging) {
		UUID organisatie = partnerAccess.ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		List<PartnerReferral> referrals = shown(
				store.doorverwijzingenAan(organisatie, today, EnumSet.allOf(Status.class), paging), today);
		return paging.page("doorverwijzingen", referrals,
				store.countDoorverwijzingenAan(organisatie, today, EnumSet.allOf(Status.class)));
	}

	/**
	 * One referral to the partner worker's organisation; "not found" without a basis that
	 * holds today.
	 */
	@Transactional
	public PartnerReferral referral(UUID id) {
		var stored = partnersReferral(id);
		log.record(PartnerAccess.SAMENWERKING, Operation.READ, DataSubject.person(stored.value().personId()));
		return partnerView(stored, LocalDate.now(clock));
	}

	/**
	 * The partner worker takes the next step: accept, decline (with reason), start,
	 * complete, stop (with reason).
	 */
	@Transactional
	public PartnerReferral step(UUID id, long expectedVersion, Status next, @Nullable String reason) {
		var stored = partnersReferral(id);
		Actor actor = access.currentActor();
		Doorverwijzing changed = stored.value().naar(next, reason);
		store.update(changed, expectedVersion, new Stap(clock.instant(), next, reason, actor.displayName()));
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, DataSubject.person(changed.personId()));
		if (stored.value().status() == Status.VERSTUURD) {
			events.publishEvent(new ReferralAnswered(changed.id(), changed.householdId(), changed.gemeente().value(),
					next, changed.sentBy()));
		}
		return partnerView(store.doorverwijzing(id).orElseThrow(), LocalDate.now(clock));
	}

	/**
	 * A progress note from the partner worker, which the case manager sees in the
	 * household timeline.
	 */
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
		store.addStep(id,
				new Stap(clock.instant(), stored.value().status(), note, access.currentActor().displayName()));
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, DataSubject.person(stored.value().personId()));
		return partnerView(store.doorverwijzing(id).orElseThrow(), LocalDate.now(clock));
	}

	/** The organisation the current partner worker works for. */
	@Transactional(readOnly = true)
	public UUID ownOrganisation() {
		return partnerAccess.ownOrganisation();
	}

	/**
	 * The participants of the current partner worker's organisation: persons whose
	 * referral to it was accepted (accepted, started or completed) and whose basis for
	 * sharing holds today. The caller logs what it shows.
	 */
	@Transactional(readOnly = true)
	public List<Participant> participants() {
		UUID organisatie = partnerAccess.ownOrganisation();
		return store.doorverwijzingenAan(organisatie, LocalDate.now(clock), 5000)
			.stream()
			.map(PartnerStore.Versioned::value)
			.filter(d -> PARTICIPATING.contains(d.status()))
			.map(PartnerInbox::participant)
			.toList();
	}

	/**
	 * One page of the participants of the current partner worker's organisation (as
	 * {@link #participants()}), in the order of its referrals or the one asked.
	 */
	@Transactional(readOnly = true)
	public Paged<Participant> participants(Paging paging) {
		UUID organisatie = partnerAccess.ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		return paging.page("deelnemers",
				store.doorverwijzingenAan(organisatie, today, PARTICIPATING, paging)
					.stream()
					.map(v -> participant(v.value()))
					.toList(),
				store.countDoorverwijzingenAan(organisatie, today, PARTICIPATING));
	}

	/**
	 * One participant of the current partner worker's organisation by its referral; empty
	 * when the referral is not to it, not accepted, or its basis does not hold.
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> participant(UUID doorverwijzingId) {
		try {
			Doorverwijzing d = partnersReferral(doorverwijzingId).value();
			return PARTICIPATING.contains(d.status()) ? Optional.of(participant(d)) : Optional.empty();
		}
		catch (NoSuchElementException e) {
			return Optional.empty();
		}
	}

	private static Participant participant(Doorverwijzing d) {
		List<String> name = d.gedeeld().getOrDefault(Gegevenscategorie.NAAM_EN_ADRES, List.of());
		return new Participant(d.id(), d.householdId(), d.personId(), d.gemeente(),
				name.isEmpty() ? null : name.getFirst(), d.status(), d.sentOn());
	}

	private PartnerStore.Versioned<Doorverwijzing> partnersReferral(UUID id) {
		UUID organisatie = partnerAccess.ownOrganisation();
		LocalDate today = LocalDate.now(clock);
		var stored = store.doorverwijzing(id)
			.filter(v -> v.value().organisatieId().equals(organisatie))
			.orElseThrow(() -> new NoSuchElementException("No referral " + id + " to your organisation"));
		boolean basisHolds = store.grondslag(stored.value().grondslagId())
			.map(g -> g.value().geldig(today))
			.orElse(false);
		if (!basisHolds) {
			// Withdrawn or ended consent: the referral is gone for the partner, as if it
			// never reached them.
			throw new NoSuchElementException("No referral " + id + " to your organisation");
		}
		return stored;
	}

	/**
	 * The stored referrals as the partner worker sees them; the open ones are recorded as
	 * read.
	 */
	private List<PartnerReferral> shown(List<PartnerStore.Versioned<Doorverwijzing>> stored, LocalDate today) {
		List<PartnerReferral> referrals = stored.stream().map(v -> partnerView(v, today)).toList();
		var shown = stored.stream()
			.filter(v -> v.value().status().open())
			.map(v -> DataSubject.person(v.value().personId()))
			.toList();
		if (!shown.isEmpty()) {
			log.record(PartnerAccess.SAMENWERKING, Operation.READ, shown);
		}
		return referrals;
	}

	private PartnerReferral partnerView(PartnerStore.Versioned<Doorverwijzing> stored, LocalDate today) {
		Doorverwijzing d = stored.value();
		String caseManager = accounts.displayName(new AccountId(d.sentBy())).orElse("?");
		String gemeente = reference.gemeente(d.gemeente()).map(g -> g.displayName()).orElse(d.gemeente().value());
		String organisatie = store.organisatie(d.organisatieId()).map(Organisatie::naam).orElse("?");
		return new PartnerReferral(d.id(), organisatie, d.status(), d.statusReden(), d.reden(), d.sentOn(),
				d.reagerenVoor(), d.achterstallig(today), gemeente, caseManager,
				d.status().open() ? d.gedeeld() : Map.of(), store.steps(d.id()), d.next(), stored.version(),
				store.planNotices(d.id()));
	}

}
