package nl.verbinder.partner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.WorkContacts;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.partner.Collaboration.Involvement;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.partner.Referrals.ReferralView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is involved with a household: its case manager (with their work contact), whoever
 * the case manager recorded, the organisations that accepted a referral, and what other
 * modules add through an {@link InvolvementSource} (key persons with an accepted
 * request). Current ones first, newest first.
 */
@Component
class WhoIsInvolved {

	private final PartnerStore store;

	private final WorkContacts workContacts;

	private final ObjectProvider<InvolvementSource> sources;

	WhoIsInvolved(PartnerStore store, WorkContacts workContacts, ObjectProvider<InvolvementSource> sources) {
		this.store = store;
		this.workContacts = workContacts;
		this.sources = sources;
	}

	/**
	 * Needs the caller's scope on the transaction, as {@link Collaboration#household}
	 * sets it.
	 */
	List<Involvement> of(HouseholdView household, Map<UUID, Organisatie> organisations, List<ReferralView> referrals,
			LocalDate today) {
		List<Involvement> involved = new ArrayList<>();
		involved.add(caseManager(household));
		store.betrokkenheden(household.id().value())
			.forEach(b -> involved.add(new Involvement(b.naam(), b.rol(), b.organisatieId(), b.sinds(), b.tot(),
					b.contact(), false, Involvement.Soort.VASTGELEGD)));
		for (ReferralView referral : referrals) {
			Doorverwijzing d = referral.doorverwijzing();
			LocalDate accepted = stepDate(referral.stappen(), Status.GEACCEPTEERD);
			if (accepted != null) {
				LocalDate ended = d.status().open() ? null : stepDate(referral.stappen(), d.status());
				String contact = Optional.ofNullable(organisations.get(d.organisatieId()))
					.map(Organisatie::contact)
					.map(c -> (c.naam() + " " + c.telefoon() + " " + c.email()).strip())
					.orElse("");
				involved.add(new Involvement(referral.organisatie(), d.reden(), d.organisatieId(), accepted, ended,
						contact, true, Involvement.Soort.DOORVERWIJZING));
			}
		}
		sources.orderedStream().forEach(source -> involved.addAll(source.involved(household.id())));
		involved.sort(Comparator.comparing((Involvement i) -> !i.current(today))
			.thenComparing(Involvement::sinds, Comparator.reverseOrder()));
		return List.copyOf(involved);
	}

	/** The household's case manager, who directs its inburgering since it arrived. */
	private Involvement caseManager(HouseholdView household) {
		AccountId account = new AccountId(household.caseManagerId());
		var work = workContacts.of(account);
		String naam = work.map(WorkContacts.WorkContact::naam).orElse("?");
		String contact = work
			.map(w -> Stream.of(w.telefoon(), w.email()).filter(Objects::nonNull).collect(Collectors.joining(" ")))
			.orElse("");
		return new Involvement(naam, "", null, household.arrivalDate(), null, contact, false,
				Involvement.Soort.CONSULENT);
	}

	/**
	 * The day a referral reached a status: its first step with it (notes come after, at
	 * the same status).
	 */
	private static @Nullable LocalDate stepDate(List<Stap> steps, Status status) {
		return steps.stream()
			.filter(s -> s.status() == status)
			.findFirst()
			.map(s -> LocalDate.ofInstant(s.op(), ZoneId.systemDefault()))
			.orElse(null);
	}

}
