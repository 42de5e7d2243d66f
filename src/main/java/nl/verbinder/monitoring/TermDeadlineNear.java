package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inkoop.ResultFacts;
import nl.verbinder.inkoop.ResultFacts.PersonResults;
import org.jspecify.annotations.Nullable;

/**
 * The integration term ends within {@code months} months and a part of the learning route
 * is not completed. The Wet inburgering 2021 (art. 7) asks the parts of the route, the
 * participation-statement trajectory (PVT) and the labour-market and participation module
 * (MAP) among them, to be completed within the integration term: three years from its
 * start plus the extensions granted ({@code Inburgeringstermijn}, the plan's term as the
 * glossary and the product brief's capability 2 describe it). So the deadline of each
 * part is the end of the term of the member's plan in force.
 * <p>
 * A part is completed by a passed result a provider reported ({@code Resultaat}: PVT,
 * MAP, KNM, and the four language exams for the B1 exams), or recorded by the case
 * manager as passed elsewhere or exempted ({@code Afronding}); the programmes of the
 * education and self-reliance routes have no result of their own and are not judged
 * ({@link ResultFacts#JUDGED}). Raised from {@code months} months before the term's end
 * (that day included), due on the end; it stays while a part is open after the end, since
 * the case manager still has to act (an extension, or the consequences). A member without
 * an established plan has no term here: that is {@link NoPip}'s and
 * {@link PlanStillDraft}'s business.
 */
record TermDeadlineNear(int months) implements SignalPolicy {

	TermDeadlineNear {
		SignalPolicy.atLeast(months, 1, "term-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.TERM_DEADLINE_NEAR;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		return facts.household()
			.members()
			.stream()
			.filter(m -> m.termEnd() != null && !today.isBefore(m.termEnd().minusMonths(months)))
			.filter(m -> open(m, facts.results().get(m.personId()), today))
			.map(MemberFacts::termEnd)
			.min(Comparator.naturalOrder());
	}

	/** Whether a judged part of the member's route is not completed by {@code today}. */
	private static boolean open(MemberFacts member, @Nullable PersonResults results, LocalDate today) {
		return member.routeInForce()
			.map(route -> route.onderdelen()
				.stream()
				.filter(ResultFacts.JUDGED::contains)
				.anyMatch(
						part -> !member.completed(part, today) && (results == null || !results.completed(part, today))))
			.orElse(false);
	}

}
