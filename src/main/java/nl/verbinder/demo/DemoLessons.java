package nl.verbinder.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.UitstroomSoort;
import nl.verbinder.inburgering.Uitstromen;
import nl.verbinder.inkoop.Aanwezigheid;
import nl.verbinder.inkoop.Aanwezigheid.Workshopthema;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.Referrals;
import nl.verbinder.shared.DutchTime;
import org.springframework.stereotype.Component;

/**
 * The language school's reports in the demo region: newcomers who moved in between three
 * and eleven months ago are referred to Taalschool Graafschap soon after, and its partner
 * worker reports their lessons week by week and the workshops of Zoetermeer's norm. Most
 * meet the norm (26 lessons and every workshop theme within three months); every third
 * one started late, has two lessons a week and skipped two themes, so is behind; the
 * first one's attendance dropped in the last weeks. Some of those on track volunteer from
 * five months after moving in (an outcome for the costs per outcome).
 */
@Component
class DemoLessons {

	/** The language school, and the username of its partner worker. */
	static final String TAALSCHOOL = "Taalschool Graafschap";

	static final String WORKER = "taalschool";

	/** How many newcomers the school reports on. */
	private static final int PARTICIPANTS = 30;

	private enum Pattern {

		DROPPING, BEHIND, ON_TRACK

	}

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final PartnerInbox partnerInbox;

	private final Reporting reporting;

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	private final Uitstromen uitstromen;

	DemoLessons(Grondslagen grondslagen, Referrals referrals, PartnerInbox partnerInbox, Reporting reporting,
			DemoAccounts accounts, BackgroundWork background, Uitstromen uitstromen) {
		this.uitstromen = uitstromen;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.partnerInbox = partnerInbox;
		this.reporting = reporting;
		this.accounts = accounts;
		this.background = background;
	}

	/**
	 * Refers the newcomers of {@code households} who moved in between three and eleven
	 * months ago to the language school, and reports their lessons and workshops.
	 */
	void record(List<HouseholdView> households, LocalDate today) {
		UUID school = DemoPartners.id(TAALSCHOOL);
		List<HouseholdView> chosen = households.stream()
			.filter(h -> !h.arrivalDate().isAfter(today.minusMonths(3).minusWeeks(1))
					&& h.arrivalDate().isAfter(today.minusMonths(11)))
			.filter(h -> h.members().stream().anyMatch(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR))
			.limit(PARTICIPANTS)
			.toList();
		List<UUID> referred = new ArrayList<>();
		for (HouseholdView household : chosen) {
			var person = household.members()
				.stream()
				.filter(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR)
				.findFirst()
				.orElseThrow();
			LocalDate arrived = household.arrivalDate();
			UUID referral = background.callAs(accounts.caseManagerOf(household.gemeente()), () -> {
				grondslagen.recordBasis(household.id(),
						new Grondslagen.NewBasis(person.personId(), school, Grondslag.Soort.TOESTEMMING,
								"Aanmelding voor de B1-route en de workshops",
								EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
								Grondslag.Wijze.ONDERTEKEND, null, null, arrived.plusDays(1), today.plusYears(1)));
				return referrals
					.refer(household.id(), person.personId(), school, null, "Taallessen B1-route en workshops",
							EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
							Locale.forLanguageTag("nl"), arrived.plusDays(2).atStartOfDay(DutchTime.ZONE).toInstant())
					.doorverwijzing()
					.id();
			});
			referred.add(referral);
			boolean onTrack = referred.size() % 3 == 0;
			LocalDate volunteering = arrived.plusMonths(5);
			if (onTrack && volunteering.isBefore(today)) {
				background.runAs(accounts.caseManagerOf(household.gemeente()), () -> {
					if (uitstromen.history(person.personId()).isEmpty()) {
						uitstromen.record(person.personId(), UitstroomSoort.VRIJWILLIGERSWERK, volunteering, null,
								null);
					}
				});
			}
		}
		background.runAs(WORKER, () -> {
			for (int i = 0; i < referred.size(); i++) {
				UUID referral = referred.get(i);
				partnerInbox.step(referral, 0, Doorverwijzing.Status.GEACCEPTEERD, null);
				partnerInbox.step(referral, 1, Doorverwijzing.Status.GESTART, null);
				Pattern pattern = i == 0 ? Pattern.DROPPING : i % 3 == 1 ? Pattern.BEHIND : Pattern.ON_TRACK;
				report(referral, chosen.get(i).arrivalDate(), pattern, today);
			}
		});
	}

	/**
	 * A week of four lessons on each Monday from the start on (a week after moving in;
	 * for someone behind six weeks, and two lessons a week), and a workshop in each of
	 * the first eight weeks (someone behind skips some).
	 */
	private void report(UUID referral, LocalDate arrived, Pattern pattern, LocalDate today) {
		var participant = reporting.participant(referral);
		UUID route = participant.product(ProductSoort.B1_ROUTE).orElseThrow();
		UUID workshops = participant.product(ProductSoort.WORKSHOP).orElseThrow();
		LocalDate lastMonday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate monday = arrived.plusWeeks(pattern == Pattern.BEHIND ? 6 : 1)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		Workshopthema[] themes = Workshopthema.values();
		for (int week = 0; !monday.isAfter(lastMonday); week++, monday = monday.plusWeeks(1)) {
			int offered = pattern == Pattern.BEHIND ? 2 : 4;
			int attended = switch (pattern) {
				case BEHIND -> 2;
				case DROPPING -> monday.isAfter(lastMonday.minusWeeks(3)) ? 1 : 4;
				case ON_TRACK -> week % 5 == 3 ? 3 : 4;
			};
			reporting.reportAttendance(referral, route, new Aanwezigheid(monday, Aanwezigheid.Soort.LES, null, attended,
					offered - attended, new BigDecimal(2 * attended)));
			boolean skipped = pattern == Pattern.BEHIND && week % 3 == 2;
			if (week < themes.length && !skipped) {
				reporting.reportAttendance(referral, workshops, new Aanwezigheid(monday.plusDays(2),
						Aanwezigheid.Soort.WORKSHOP, themes[week], 1, 0, new BigDecimal("2")));
			}
		}
	}

}
