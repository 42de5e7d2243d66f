package nl.verbinder.partner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.TimelineEntry;
import nl.verbinder.inburgering.TimelineSource;
import org.springframework.stereotype.Component;
import java.util.Set;
import java.util.HashMap;
import java.util.EnumSet;

/**
 * Puts every step of a household's referrals, and the partners' progress notes, in its
 * timeline.
 */
@Component
class ReferralTimeline implements TimelineSource {

	private final PartnerStore store;

	ReferralTimeline(PartnerStore store) {
		this.store = store;
	}

	@Override
	public List<TimelineEntry> entries(HouseholdId household) {
		var referrals = store.doorverwijzingen(household.value());
		if (referrals.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> organisations = store.organisaties()
			.stream()
			.collect(Collectors.toMap(Organisatie::id, Organisatie::naam));
		Map<UUID, Doorverwijzing> byId = referrals.stream()
			.map(PartnerStore.Versioned::value)
			.collect(Collectors.toMap(Doorverwijzing::id, d -> d));
		// A step with a text at the status the referral already had is a note; a status
		// step's text is its reason.
		Map<UUID, Set<Doorverwijzing.Status>> seen = new HashMap<>();
		return store.stepsOfHousehold(household.value()).stream().map(e -> {
			Doorverwijzing d = byId.get(e.getKey());
			var step = e.getValue();
			boolean note = !seen.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Doorverwijzing.Status.class))
				.add(step.status());
			String organisation = organisations.getOrDefault(d.organisatieId(), "?");
			LocalDate date = LocalDate.ofInstant(step.op(), ZoneId.systemDefault());
			return note ? new TimelineEntry(date, TimelineEntry.Kind.REFERRAL_NOTE, null, step.tekst(), organisation)
					: new TimelineEntry(date, TimelineEntry.Kind.REFERRAL, null, step.status().name(), organisation);
		}).toList();
	}

}
