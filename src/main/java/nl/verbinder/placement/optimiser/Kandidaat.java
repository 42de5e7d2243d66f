package nl.verbinder.placement.optimiser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import java.time.Period;

/**
 * A household waiting in an AZC for a municipality: who they are (for the intake once
 * placed), what they bring, what they want and need. Country of origin is kept because
 * the intake needs it, and is never given to the fit model ({@link #forFit()}).
 *
 * @param azc the municipality of the asylum centre (CBS code)
 * @param wishes the household's wishes in its own words
 * @param preferred municipalities or labour-market regions (GM…/AM… codes) it would like
 * @param avoided municipalities or regions it would rather not go to
 * @param ties municipalities where family or its community live
 * @param careNeed someone needs hospital care nearby
 */
public record Kandidaat(String id, String azc, LocalDate arrival, List<Lid> leden, String wishes, Set<String> preferred,
		Set<String> avoided, Set<String> ties, boolean careNeed) {

	/**
	 * A member: name and birth date for the intake, the languages they speak, education
	 * and past work.
	 */
	/**
	 * @param beroepen ESCO occupations of past work (URIs); the planner's import maps
	 * them onto {@code iscoMajorGroups}, which is what the fit model uses
	 */
	public record Lid(String voornaam, String achternaam, LocalDate geboortedatum, String geslacht,
			@Nullable String land, Set<String> talen, int isced, Set<Integer> iscoMajorGroups, List<String> beroepen) {

		public Lid {
			talen = talen == null ? Set.of() : Set.copyOf(talen);
			iscoMajorGroups = iscoMajorGroups == null ? Set.of() : Set.copyOf(iscoMajorGroups);
			beroepen = beroepen == null ? List.of() : List.copyOf(beroepen);
			if (isced < 0 || isced > 8) {
				throw new RuleViolation("rule.placement.isced", 0, 8, isced);
			}
		}
	}

	public Kandidaat {
		if (id == null || id.isBlank() || azc == null || arrival == null) {
			throw new RuleViolation("rule.placement.household-incomplete");
		}
		if (leden == null || leden.isEmpty()) {
			throw new RuleViolation("rule.placement.household-empty", id);
		}
		leden = List.copyOf(leden);
		wishes = wishes == null ? "" : wishes;
		preferred = preferred == null ? Set.of() : Set.copyOf(preferred);
		avoided = avoided == null ? Set.of() : Set.copyOf(avoided);
		ties = ties == null ? Set.of() : Set.copyOf(ties);
	}

	public int size() {
		return leden.size();
	}

	/**
	 * What the fit model may know: ages, languages, work, wishes, ties and needs; no
	 * names, no country.
	 */
	public FitModel.Household forFit(LocalDate on) {
		return new FitModel.Household(id,
				leden.stream()
					.map(l -> new FitModel.Member(Math.max(0, Period.between(l.geboortedatum(), on).getYears()),
							l.talen(), l.iscoMajorGroups()))
					.toList(),
				preferred, avoided, ties, careNeed);
	}
}
