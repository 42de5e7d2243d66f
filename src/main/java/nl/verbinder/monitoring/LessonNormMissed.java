package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inkoop.Aanwezigheid.Workshopthema;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;

/**
 * Zoetermeer's norm, its lessons: within {@code months} months of moving into the
 * municipality a newcomer attends at least {@code lessons} lessons and a workshop of each
 * of the eight themes. Judges every inburgeraar or nareiziger of whom a provider reported
 * anything on or before the term's last day: only then do the reports cover the term
 * (someone without any report is the business of {@link TrajectoryNotStarted}; someone
 * who moved in long before the reports began is not judged on a term nobody reported on).
 * The household is signalled the day after the term (on the last day of the term it is
 * still in time), due on the term's last day, and the signal ends when everyone behind
 * has caught up (the lessons and every theme, whenever attended).
 */
record LessonNormMissed(int lessons, int months) implements SignalPolicy {

	LessonNormMissed {
		SignalPolicy.atLeast(lessons, 1, "norm-lessons");
		SignalPolicy.atLeast(months, 1, "norm-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.LESSON_NORM_MISSED;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		LocalDate due = facts.household().arrivalDate().plusMonths(months);
		if (!today.isAfter(due)) {
			return Optional.empty();
		}
		for (MemberFacts member : facts.household().members()) {
			PersonAttendance attendance = facts.attendance().get(member.personId());
			if (obliged(member) && attendance != null && !attendance.firstReported().isAfter(due)
					&& behind(attendance, today)) {
				return Optional.of(due);
			}
		}
		return Optional.empty();
	}

	/** Whether, by {@code day}, fewer lessons than the norm or not every theme. */
	boolean behind(PersonAttendance attendance, LocalDate day) {
		Set<Workshopthema> themes = EnumSet.noneOf(Workshopthema.class);
		themes.addAll(attendance.themesAttendedBy(day));
		return attendance.lessonsAttendedBy(day) < lessons || themes.size() < Workshopthema.values().length;
	}

	private static boolean obliged(MemberFacts member) {
		return member.gezinsrol() == Gezinsrol.INBURGERAAR || member.gezinsrol() == Gezinsrol.NAREIZIGER;
	}

}
