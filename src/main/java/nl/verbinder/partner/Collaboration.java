package nl.verbinder.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.partner.Grondslagen.BasisView;
import nl.verbinder.partner.Referrals.ReferralView;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's collaboration as its case manager sees it: who is involved (recorded, or through a referral
 * they accepted), the bases for sharing and the referrals; and recording someone who is involved.
 */
@Service
public class Collaboration {

	/** Someone involved as the household page shows them: recorded, or through a referral they accepted. */
	public record Involvement(String naam, String rol, @Nullable UUID organisatieId, LocalDate sinds, @Nullable LocalDate tot,
			String contact, boolean viaDoorverwijzing) {

		public boolean current(LocalDate today) {
			return tot == null || !tot.isBefore(today);
		}
	}

	/** Everything about working with partners for one household. */
	public record HouseholdCollaboration(UUID householdId, List<Involvement> betrokkenheden, List<BasisView> grondslagen,
			List<ReferralView> doorverwijzingen) {
	}

	private final PartnerAccess access;
	private final PartnerStore store;
	private final Inburgering inburgering;
	private final SocialMap socialMap;
	private final ProcessingLog log;
	private final Clock clock;

	Collaboration(PartnerAccess access, PartnerStore store, Inburgering inburgering, SocialMap socialMap, ProcessingLog log,
			Clock clock) {
		this.access = access;
		this.store = store;
		this.inburgering = inburgering;
		this.socialMap = socialMap;
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
				String contact = Optional.ofNullable(organisations.get(d.organisatieId()))
					.map(Organisatie::contact)
					.map(c -> (c.naam() + " " + c.telefoon() + " " + c.email()).strip())
					.orElse("");
				involved.add(new Involvement(names.getOrDefault(d.organisatieId(), "?"), d.reden(), d.organisatieId(), accepted,
						ended, contact, true));
			}
		}
		involved.sort(Comparator.comparing((Involvement i) -> !i.current(today))
			.thenComparing(Involvement::sinds, Comparator.reverseOrder()));
		List<BasisView> bases = store.grondslagen(id.value())
			.stream()
			.map(v -> new BasisView(v.value(), v.version(), names.getOrDefault(v.value().organisatieId(), "?"),
					v.value().personId() == null ? null : members.get(v.value().personId()), v.value().geldig(today)))
			.toList();
		// Reading the household already logged the members; this page shows no other person's data.
		return new HouseholdCollaboration(id.value(), List.copyOf(involved), bases, List.copyOf(referrals));
	}

	@Transactional
	public Involvement addInvolvement(HouseholdId id, @Nullable UUID organisatieId, String naam, String rol, LocalDate sinds,
			@Nullable LocalDate tot, String contact) {
		HouseholdView household = inburgering.household(id);
		access.restrict(Permission.HOUSEHOLD_WRITE);
		String name = organisatieId == null ? naam : socialMap.organisatie(organisatieId).naam();
		Betrokkenheid b = new Betrokkenheid(UUID.randomUUID(), id.value(), new GemeenteCode(household.gemeente()), organisatieId,
				name, rol, sinds, tot, contact);
		store.insert(b);
		log.record(PartnerAccess.SAMENWERKING, Operation.UPDATE, PartnerAccess.subjects(household, null));
		return new Involvement(b.naam(), b.rol(), b.organisatieId(), b.sinds(), b.tot(), b.contact(), false);
	}

	/** The day a referral reached a status: its first step with it (notes come after, at the same status). */
	private static @Nullable LocalDate stepDate(List<Stap> steps, Status status) {
		return steps.stream()
			.filter(s -> s.status() == status)
			.findFirst()
			.map(s -> LocalDate.ofInstant(s.op(), ZoneId.systemDefault()))
			.orElse(null);
	}
}
