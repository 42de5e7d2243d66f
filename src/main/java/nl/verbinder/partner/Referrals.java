package nl.verbinder.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.Actor;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Referring a household member to an organisation, as the case manager does it: sending
 * with the data the basis covers, and taking a step on the organisation's behalf. Its
 * collaborators are one per concern of a referral (scope, store, the household, the
 * organisation, the shared snapshot, the log, the clock) and the answering term, a
 * setting.
 */
@Service
public class Referrals {

	/**
	 * A referral or a partner's access refused because no valid basis covers it:
	 * forbidden, not merely invalid.
	 */
	@ResponseStatus(code = HttpStatus.FORBIDDEN, reason = "No basis for sharing")
	public static class NoValidBasis extends RuleViolation {

		NoValidBasis(String voornaam, String organisatie) {
			super("rule.referral.no-basis", voornaam, organisatie);
		}

	}

	public record ReferralView(Doorverwijzing doorverwijzing, long versie, String organisatie, String persoon,
			boolean achterstallig, List<Stap> stappen) {
	}

	private final PartnerAccess access;

	private final PartnerStore store;

	private final Inburgering inburgering;

	private final SocialMap socialMap;

	private final SharedData sharedData;

	private final ProcessingLog log;

	private final Clock clock;

	private final int acceptWithinDays;

	Referrals(PartnerAccess access, PartnerStore store, Inburgering inburgering, SocialMap socialMap,
			SharedData sharedData, ProcessingLog log, Clock clock,
			@Value("${verbinder.partner.accept-within-days:10}") int acceptWithinDays) {
		this.access = access;
		this.store = store;
		this.inburgering = inburgering;
		this.socialMap = socialMap;
		this.sharedData = sharedData;
		this.log = log;
		this.clock = clock;
		this.acceptWithinDays = acceptWithinDays;
	}

	/**
	 * Refers a member to an organisation, sharing the named categories of data as they
	 * are now. Refused without a basis that holds today and covers this organisation,
	 * person and every category.
	 */
	@Transactional
	public ReferralView refer(HouseholdId id, UUID personId, UUID organisatieId, @Nullable UUID kansId, String reden,
			Set<Gegevenscategorie> gedeeld, Locale locale) {
		return refer(id, personId, organisatieId, kansId, reden, gedeeld, locale, clock.instant());
	}

	/**
	 * Records a referral made earlier (by phone or mail, recorded afterwards): the basis
	 * must have held on the day it was sent, and the time to accept counts from then.
	 */
	@Transactional
	public ReferralView refer(HouseholdId id, UUID personId, UUID organisatieId, @Nullable UUID kansId, String reden,
			Set<Gegevenscategorie> gedeeld, Locale locale, Instant sentAt) {
		if (sentAt.isAfter(clock.instant())) {
			throw new RuleViolation("rule.referral.sent-ahead");
		}
		HouseholdView household = inburgering.household(id);
		HouseholdView.MemberView member = household.member(personId);
		Actor actor = access.restrictWriting(household).actor();
		Organisatie organisatie = socialMap.organisatie(organisatieId);
		LocalDate today = LocalDate.ofInstant(sentAt, clock.getZone());
		Set<Gegevenscategorie> shared = gedeeld.isEmpty() ? Set.of() : EnumSet.copyOf(gedeeld);
		Grondslag basis = store.grondslagen(id.value())
			.stream()
			.map(PartnerStore.Versioned::value)
			.filter(g -> g.geldig(today) && g.covers(organisatieId, personId, shared))
			.findFirst()
			.orElseThrow(() -> new NoValidBasis(member.voornaam(), organisatie.naam()));
		Doorverwijzing d = new Doorverwijzing(UUID.randomUUID(), id.value(), personId,
				new GemeenteCode(household.gemeente()), organisatieId, kansId, basis.id(), reden,
				sharedData.snapshot(household, member, shared, locale), Status.VERSTUURD, null, sentAt,
				today.plusDays(acceptWithinDays), actor.id().value());
		store.insert(d, new Stap(d.sentOn(), Status.VERSTUURD, null, actor.displayName()));
		log.record(PartnerAccess.SAMENWERKING, Operation.CREATE, DataSubject.person(personId));
		return new ReferralView(d, 0, organisatie.naam(), member.voornaam(), d.achterstallig(LocalDate.now(clock)),
				store.steps(d.id()));
	}

	/**
	 * The case manager takes a referral's next step: stopping it (with a reason, e.g. the
	 * newcomer moved), or recording the answer of an organisation that does not use
	 * Verbinder and answered by phone or mail.
	 */
	@Transactional
	public void stepOnBehalf(HouseholdId id, UUID referralId, long expectedVersion, Status next,
			@Nullable String reason) {
		Actor actor = access.restrictWriting(inburgering.household(id)).actor();
		var stored = store.doorverwijzing(referralId)
			.filter(v -> v.value().householdId().equals(id.value()))
			.orElseThrow(() -> new NoSuchElementException("No referral " + referralId + " for this household"));
		store.update(stored.value().naar(next, reason), expectedVersion,
				new Stap(clock.instant(), next, reason, actor.displayName()));
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, DataSubject.person(stored.value().personId()));
	}

	/**
	 * Stops the open referrals that rest on a basis that no longer holds, with that as
	 * the reason; referrals that are closed already stay as they are.
	 */
	@Transactional
	void stopOnBasis(UUID grondslagId, Instant at) {
		Actor actor = access.restrictAsWithdrawer().actor();
		for (var referral : store.openOnBasis(grondslagId)) {
			Doorverwijzing stopped = referral.value().naar(Status.GESTOPT, Doorverwijzing.CONSENT_WITHDRAWN);
			store.update(stopped, referral.version(),
					new Stap(at, Status.GESTOPT, Doorverwijzing.CONSENT_WITHDRAWN, actor.displayName()));
			log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, DataSubject.person(stopped.personId()));
		}
	}

}
