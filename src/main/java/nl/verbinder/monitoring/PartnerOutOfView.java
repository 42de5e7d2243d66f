package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;

/**
 * A partner who joined later (nareiziger), or an adult inburgeraar who is not the
 * household's first adult (a spouse), with no plan {@code months} months after moving in,
 * or not present at any contact moment for {@code months} months (counted from their last
 * own contact, or the day the household moved in): on that day the signal is raised.
 * Wives who joined their husbands disappear from view when nobody speaks with them
 * themselves. It ends when they have a plan and an own contact moment within the term.
 */
record PartnerOutOfView(int months) implements SignalPolicy {

	PartnerOutOfView {
		SignalPolicy.atLeast(months, 1, "partner-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.PARTNER_OUT_OF_VIEW;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		HouseholdFacts h = facts.household();
		List<LocalDate> due = new ArrayList<>();
		for (MemberFacts m : partners(h, today)) {
			if (m.planStatus() == null) {
				due.add(h.arrivalDate().plusMonths(months));
			}
			LocalDate lastSeen = m.lastOwnContact() != null && m.lastOwnContact().isAfter(h.arrivalDate())
					? m.lastOwnContact() : h.arrivalDate();
			due.add(lastSeen.plusMonths(months));
		}
		return due.stream().filter(d -> !today.isBefore(d)).min(Comparator.naturalOrder());
	}

	/** The nareizigers, and the adult inburgeraars after the first adult. */
	private static List<MemberFacts> partners(HouseholdFacts h, LocalDate today) {
		List<MemberFacts> partners = new ArrayList<>();
		boolean firstAdultSeen = false;
		for (MemberFacts m : h.members()) {
			boolean adult = !today.isBefore(m.turns(18));
			if (m.gezinsrol() == Gezinsrol.NAREIZIGER && adult) {
				partners.add(m);
			}
			else if (m.gezinsrol() == Gezinsrol.INBURGERAAR && adult) {
				if (firstAdultSeen) {
					partners.add(m);
				}
				firstAdultSeen = true;
			}
		}
		return partners;
	}

}
