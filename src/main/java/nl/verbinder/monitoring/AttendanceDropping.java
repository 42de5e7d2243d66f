package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inkoop.AttendanceFacts.Lessons;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;

/**
 * Attendance dropping: someone attended less than {@code percent} per cent of the lessons
 * of the last {@code weeks} weeks (today and the days before it, back to the same weekday
 * {@code weeks} weeks ago, not included), counted only from {@code minLessons} lessons
 * reported in that window on, so that one missed lesson is not a signal. Exactly the
 * percentage is not a drop. Due on the last reported day of the window; it ends when
 * attendance is back up or no lessons are reported any more (the participation ended).
 */
record AttendanceDropping(int percent, int weeks, int minLessons) implements SignalPolicy {

	AttendanceDropping {
		SignalPolicy.atLeast(percent, 1, "drop-percent");
		SignalPolicy.atLeast(weeks, 1, "drop-weeks");
		SignalPolicy.atLeast(minLessons, 1, "drop-min-lessons");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.ATTENDANCE_DROPPING;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		Optional<LocalDate> earliest = Optional.empty();
		for (PersonAttendance attendance : facts.attendance().values()) {
			Optional<LocalDate> dropped = dropped(attendance, today);
			if (dropped.isPresent() && (earliest.isEmpty() || dropped.get().isBefore(earliest.get()))) {
				earliest = dropped;
			}
		}
		return earliest;
	}

	/** The last reported day of the window, when this person's attendance dropped. */
	Optional<LocalDate> dropped(PersonAttendance attendance, LocalDate today) {
		LocalDate from = today.minusWeeks(weeks);
		int attended = 0;
		int reported = 0;
		LocalDate last = null;
		for (Lessons l : attendance.lessons()) {
			if (l.datum().isAfter(from) && !l.datum().isAfter(today)) {
				attended += l.aanwezig();
				reported += l.aanwezig() + l.afwezig();
				last = l.datum();
			}
		}
		boolean dropped = reported >= minLessons && attended * 100L < (long) percent * reported;
		return dropped ? Optional.of(last) : Optional.empty();
	}

}
