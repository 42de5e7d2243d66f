package nl.verbinder.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inkoop.Deelname;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.inkoop.Resultaat;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.PartnerInbox;
import org.springframework.stereotype.Component;

/**
 * The language school's reports on generated trajectories, for load tests: it accepts and
 * starts each referral, and reports a week of lessons for every week since the start (a
 * year at most), in one attendance file per group. Most attend three or four of four
 * lessons a week; one in five two; one in ten stops after some months. Those who had
 * forty weeks or more have a reading or listening exam, most of them passed.
 */
@Component
class DemoAttendance {

	/** Weeks of attendance at most: a year. */
	static final int WEEKS = 52;

	private final PartnerInbox inbox;

	private final Reporting reporting;

	private final BackgroundWork background;

	DemoAttendance(PartnerInbox inbox, Reporting reporting, BackgroundWork background) {
		this.inbox = inbox;
		this.reporting = reporting;
		this.background = background;
	}

	/**
	 * Reports on {@code planned} in the B1 route {@code route}; returns the number of
	 * attendance rows.
	 */
	int report(Random random, List<DemoTrajectories.Planned> planned, UUID route, LocalDate today) {
		if (planned.isEmpty()) {
			return 0;
		}
		LocalDate lastMonday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate firstMonday = lastMonday.minusWeeks(WEEKS - 1);
		return background.callAs(DemoLessons.WORKER, () -> {
			StringBuilder csv = new StringBuilder(Reporting.CSV_HEADER).append('\n');
			int rows = 0;
			int[] stopAfter = new int[planned.size()];
			int[] weeks = new int[planned.size()];
			LocalDate[] last = new LocalDate[planned.size()];
			for (int i = 0; i < planned.size(); i++) {
				UUID referral = planned.get(i).referral();
				inbox.step(referral, 0, Doorverwijzing.Status.GEACCEPTEERD, null);
				inbox.step(referral, 1, Doorverwijzing.Status.GESTART, null);
				int roll = random.nextInt(10);
				boolean behind = roll < 2;
				stopAfter[i] = roll == 9 ? 8 + random.nextInt(20) : Integer.MAX_VALUE;
				LocalDate monday = planned.get(i)
					.household()
					.arrivalDate()
					.plusWeeks(1)
					.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
				if (monday.isBefore(firstMonday)) {
					monday = firstMonday;
				}
				for (; !monday.isAfter(lastMonday) && weeks[i] < stopAfter[i]; monday = monday.plusWeeks(1)) {
					int attended = behind ? 2 : 3 + random.nextInt(2);
					csv.append(referral)
						.append(',')
						.append(route)
						.append(',')
						.append(monday)
						.append(",LES,,")
						.append(attended)
						.append(',')
						.append(4 - attended)
						.append(',')
						.append(2 * attended)
						.append('\n');
					last[i] = monday;
					weeks[i]++;
					rows++;
				}
			}
			if (rows > 0) {
				reporting.importAttendance(csv.toString());
			}
			for (int i = 0; i < planned.size(); i++) {
				UUID referral = planned.get(i).referral();
				if (weeks[i] > 0 && weeks[i] == stopAfter[i]) {
					LocalDate stopped = last[i].plusDays(4);
					reporting.end(referral, route, Deelname.Einde.GESTOPT, stopped.isAfter(today) ? today : stopped,
							"Verhuisd naar een andere regio");
				}
				else if (weeks[i] >= 40) {
					LocalDate exam = lastMonday.minusWeeks(random.nextInt(8)).plusDays(3);
					reporting.recordResult(referral, route,
							new Resultaat(exam.isAfter(today) ? today : exam,
									i % 2 == 0 ? Resultaat.Soort.LEZEN : Resultaat.Soort.LUISTEREN,
									random.nextInt(10) < 8, "Staatsexamen B1"));
				}
			}
			return rows;
		});
	}

}
