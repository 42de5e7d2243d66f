package nl.verbinder.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Grondslagen.BasisView;
import nl.verbinder.partner.Referrals.ReferralView;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's collaboration as its case manager sees it: who is involved (see
 * {@link WhoIsInvolved}), the bases for sharing and the referrals; and recording someone
 * who is involved.
 */
@Service
public class Collaboration {

	/**
	 * Someone involved as the household page shows them: recorded by the case manager, an
	 * organisation through a referral it accepted, the household's case manager, or a key
	 * person with an accepted request ({@code soort}). For a case manager {@code rol} is
	 * empty (the page names the role); for a key person it is what the request was for.
	 */
	public record Involvement(String naam, String rol, @Nullable UUID organisatieId, LocalDate sinds,
			@Nullable LocalDate tot, String contact, boolean viaDoorverwijzing, Soort soort) {

		public enum Soort {

			VASTGELEGD, DOORVERWIJZING, CONSULENT, SLEUTELPERSOON

		}

		/**
		 * A key person with an accepted request for the household, from its first day
		 * until it ends.
		 */
		public static Involvement keyPerson(String naam, String taak, LocalDate sinds, @Nullable LocalDate tot) {
			return new Involvement(naam, taak, null, sinds, tot, "", false, Soort.SLEUTELPERSOON);
		}

		public boolean current(LocalDate today) {
			return tot == null || !tot.isBefore(today);
		}
	}

	/** Everything about working with partners for one household. */
	public record HouseholdCollaboration(UUID householdId, List<Involvement> betrokkenheden,
			List<BasisView> grondslagen, List<ReferralView> doorverwijzingen) {
	}

	private final PartnerAccess access;

	private final PartnerStore store;

	private final Inburgering inburgering;

	private final WhoIsInvolved whoIsInvolved;

	private final ProcessingLog log;

	private final Clock clock;

	Collaboration(PartnerAccess access, PartnerStore store, Inburgering inburgering, WhoIsInvolved whoIsInvolved,
			ProcessingLog log, Clock clock) {
		this.access = access;
		this.store = store;
		this.inburgering = inburgering;
		this.whoIsInvolved = whoIsInvolved;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	public HouseholdCollaboration household(HouseholdId id) {
		HouseholdView household = inburgering.household(id);
		access.restrict(Permission.HOUSEHOLD_READ);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, Organisatie> organisations = store.organisaties()
			.stream()
			.collect(Collectors.toMap(Organisatie::id, Function.identity()));
		Map<UUID, String> names = new HashMap<>();
		organisations.forEach((key, o) -> names.put(key, o.naam()));
		Map<UUID, String> members = household.members()
			.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, HouseholdView.MemberView::voornaam));
		List<ReferralView> referrals = store.doorverwijzingen(id.value()).stream().map(stored -> {
			Doorverwijzing d = stored.value();
			return new ReferralView(d, stored.version(), names.getOrDefault(d.organisatieId(), "?"),
					members.getOrDefault(d.personId(), "?"), d.achterstallig(today), store.steps(d.id()));
		}).toList();
		List<BasisView> bases = store.grondslagen(id.value())
			.stream()
			.map(v -> new BasisView(v.value(), v.version(), names.getOrDefault(v.value().organisatieId(), "?"),
					v.value().personId() == null ? null : members.get(v.value().personId()), v.value().geldig(today)))
			.toList();
		// Reading the household already logged the members; this page shows no other
		// person's data.
		return new HouseholdCollaboration(id.value(), whoIsInvolved.of(household, organisations, referrals, today),
				bases, referrals);
	}

	@Transactional
	public Involvement addInvolvement(HouseholdId id, @Nullable UUID organisatieId, String naam, String rol,
			LocalDate sinds, @Nullable LocalDate tot, String contact) {
		HouseholdView household = inburgering.household(id);
		access.restrictWriting(household);
		String name = organisatieId == null ? naam
				: store.organisatie(organisatieId)
					.map(Organisatie::naam)
					.orElseThrow(() -> new NoSuchElementException("No organisation " + organisatieId));
		Betrokkenheid b = new Betrokkenheid(UUID.randomUUID(), id.value(), new GemeenteCode(household.gemeente()),
				organisatieId, name, rol, sinds, tot, contact);
		store.insert(b);
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, PartnerAccess.subjects(household, null));
		return new Involvement(b.naam(), b.rol(), b.organisatieId(), b.sinds(), b.tot(), b.contact(), false,
				Involvement.Soort.VASTGELEGD);
	}

}
