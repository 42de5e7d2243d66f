package nl.verbinder.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.matching.Matching;
import nl.verbinder.matching.Voorkeur;
import org.springframework.stereotype.Component;

/** The demo region's opportunities and the adults' preferences for matching. */
@Component
class DemoMatching {

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	private final Matching matching;

	DemoMatching(DemoAccounts accounts, BackgroundWork background, Matching matching) {
		this.accounts = accounts;
		this.background = background;
		this.matching = matching;
	}

	/** The region's opportunities, registered by the coordinator. */
	void recordOpportunities() {
		background.runAs("coordinator",
				() -> DemoKansen.kansen().forEach(k -> matching.register(k, Locale.forLanguageTag("nl"))));
	}

	/**
	 * Interests, hours, days and travel range of every adult, as the case manager asked
	 * them.
	 */
	void recordPreferences(Random random, List<HouseholdView> households, LocalDate today) {
		for (HouseholdView household : households) {
			String caseManager = accounts.caseManagerOf(household.gemeente());
			background.runAs(caseManager, () -> {
				for (var member : household.members()) {
					if (member.geboortedatum().isAfter(today.minusYears(18))) {
						continue;
					}
					Set<String> interests = new HashSet<>();
					int count = 1 + random.nextInt(3);
					while (interests.size() < count) {
						interests.add(DemoKansen.INTERESTS.get(random.nextInt(DemoKansen.INTERESTS.size())));
					}
					Set<DayOfWeek> days = random.nextBoolean() ? Set.of()
							: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.of(3 + random.nextInt(3)));
					matching.savePreferences(member.personId(), 0,
							new Voorkeur(interests, 8 + 4 * random.nextInt(7), days, 10 + 5 * random.nextInt(5)));
				}
			});
		}
	}

}
