package nl.verbinder.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Kandidaat;
import nl.verbinder.placement.optimiser.Taakstelling;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a placement run is made of, checked against the reference data before it is
 * stored: the households a planner imports (known asylum centres, ties, places and
 * occupations; labour-market figures per region), the members' occupations as ISCO-08
 * major groups, and the quotas of the period when none are given.
 */
@Component
class RunInputs {

	private final ReferenceData reference;

	RunInputs(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * Refuses imported households or a context that name what the region's reference data
	 * does not know.
	 */
	void check(List<Kandidaat> kandidaten, FitModel.Context context) {
		if (kandidaten.isEmpty()) {
			throw new RuleViolation("rule.placement.no-households");
		}
		Set<String> ids = new HashSet<>();
		Set<String> gemeenten = new HashSet<>();
		Set<String> regions = new HashSet<>();
		reference.gemeenten().forEach(g -> {
			gemeenten.add(g.code().value());
			regions.add(g.arbeidsmarktregioCode());
		});
		for (Kandidaat k : kandidaten) {
			if (!ids.add(k.id())) {
				throw new RuleViolation("rule.placement.household-twice", k.id());
			}
			if (!gemeenten.contains(k.azc())) {
				throw new RuleViolation("rule.placement.unknown-azc", k.id(), k.azc());
			}
			for (String code : k.ties()) {
				if (!gemeenten.contains(code)) {
					throw new RuleViolation("rule.placement.unknown-tie", k.id(), code);
				}
			}
			for (String code : k.preferred()) {
				if (!gemeenten.contains(code) && !regions.contains(code)) {
					throw new RuleViolation("rule.placement.unknown-place", k.id(), code);
				}
			}
		}
		context.tightness().forEach((region, values) -> {
			if (!regions.contains(region)) {
				throw new RuleViolation("rule.placement.unknown-region", region);
			}
			if (values.length != 10) {
				throw new RuleViolation("rule.placement.tightness-values", region, 10);
			}
			for (double v : values) {
				if (v < 0 || v > 1) {
					throw new RuleViolation("rule.placement.tightness-range", region, String.valueOf(v));
				}
			}
		});
	}

	/**
	 * The members' ESCO occupations added to their ISCO-08 major groups (refused when
	 * unknown).
	 */
	Kandidaat withIscoGroups(Kandidaat k) {
		List<Kandidaat.Lid> leden = k.leden().stream().map(l -> {
			Set<Integer> groups = new HashSet<>(l.iscoMajorGroups());
			for (String uri : l.beroepen()) {
				groups.add(reference.occupation(uri)
					.orElseThrow(() -> new RuleViolation("rule.placement.unknown-occupation", k.id(), uri))
					.iscoMajorGroup());
			}
			return new Kandidaat.Lid(l.voornaam(), l.achternaam(), l.geboortedatum(), l.geslacht(), l.land(), l.talen(),
					l.isced(), groups, l.beroepen());
		}).toList();
		return new Kandidaat(k.id(), k.azc(), k.arrival(), leden, k.wishes(), k.preferred(), k.avoided(), k.ties(),
				k.careNeed());
	}

	/**
	 * Quotas for the period: a national total (by default 102 % of the run's persons)
	 * over all municipalities by population (largest remainder), each with the same
	 * tolerance.
	 */
	List<Taakstelling> quotas(List<Kandidaat> kandidaten, @Nullable Integer nationalTotal, int tolerance) {
		return quotas(kandidaten.stream().mapToLong(Kandidaat::size).sum(), nationalTotal, tolerance);
	}

	/** As above, for a run of {@code persons} persons. */
	List<Taakstelling> quotas(long persons, @Nullable Integer nationalTotal, int tolerance) {
		long total = nationalTotal != null ? nationalTotal : Math.round(persons * 1.02);
		List<Gemeente> gemeenten = reference.gemeenten();
		int[] quota = Taakstelling.proportional(total,
				gemeenten.stream().mapToDouble(g -> g.inwoners() == null ? 10_000 : g.inwoners()).toArray());
		List<Taakstelling> list = new ArrayList<>();
		for (int i = 0; i < quota.length; i++) {
			list.add(new Taakstelling(gemeenten.get(i).code().value(), quota[i], 0, tolerance, 0));
		}
		return list;
	}

	/** The half-year being planned: the next one. */
	static String period(LocalDate today) {
		return today.getMonthValue() <= 6 ? today.getYear() + "-H2" : (today.getYear() + 1) + "-H1";
	}

}
