package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's overview of the pool: demand and supply per language, load, VOGs,
 * hours.
 */
@Service
public class PoolOverview {

	private final Pool pool;

	private final Verzoeken verzoeken;

	private final AccessControl access;

	private final PoolScoping scoping;

	private final ProcessingLog log;

	private final ReferenceData reference;

	private final Clock clock;

	PoolOverview(Pool pool, Verzoeken verzoeken, AccessControl access, PoolScoping scoping, ProcessingLog log,
			ReferenceData reference, Clock clock) {
		this.pool = pool;
		this.verzoeken = verzoeken;
		this.access = access;
		this.scoping = scoping;
		this.log = log;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * Demand for one language in one municipality: requests made, taken by a key person,
	 * unmet when the window passed.
	 */
	public record LanguageDemand(String gemeente, String taal, int gevraagd, int gekoppeld, int onvervuld) {
	}

	/**
	 * Supply of one language in one municipality: active key persons with a valid VOG who
	 * work there.
	 */
	public record LanguageSupply(String gemeente, String taal, int sleutelpersonen) {
	}

	/**
	 * A key person's load: hours a week, what is taken this week, and hours reported this
	 * month.
	 */
	public record Load(Sleutelpersoon sleutelpersoon, int minutenPerWeek, int minutenDezeWeek, int minutenDezeMaand,
			boolean overloaded) {
	}

	/** The coordinator's overview of the pool. */
	public record Overview(List<LanguageDemand> vraag, List<LanguageSupply> aanbod, List<Load> belasting,
			List<Sleutelpersoon> vogExpiringSoon, Map<String, Integer> minutenPerGemeenteDezeMaand) {

		/**
		 * How many key persons can take requests in this language in this municipality.
		 */
		public int supply(String gemeente, String taal) {
			return aanbod.stream()
				.filter(a -> a.gemeente().equals(gemeente) && a.taal().equals(taal))
				.mapToInt(LanguageSupply::sleutelpersonen)
				.findFirst()
				.orElse(0);
		}
	}

	/**
	 * A key person counts as overloaded when this week's offered and accepted work
	 * exceeds this share of their hours.
	 */
	public static final double OVERLOAD_SHARE = 0.9;

	/** VOGs that expire within this many days are listed for renewal. */
	public static final int VOG_WARNING_DAYS = 60;

	/**
	 * The coordinator's overview: demand and unmet demand per language and municipality
	 * over the last three months, supply per language and municipality (where recruitment
	 * is needed), everyone's load, VOGs to renew, and hours per municipality this month.
	 */
	@Transactional(readOnly = true)
	public Overview overview() {
		scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		LocalDate today = LocalDate.now(clock);
		List<Sleutelpersoon> everyone = pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
		List<Sleutelpersoon> active = everyone.stream().filter(p -> p.activeOn(today) && p.vogValidOn(today)).toList();
		List<LanguageDemand> demand = verzoeken.demand(today.minusMonths(3), today);
		List<LanguageSupply> supply = new ArrayList<>();
		for (GemeenteCode gemeente : access.region().gemeenteCodes()) {
			Set<String> languages = new TreeSet<>();
			demand.stream().filter(d -> d.gemeente().equals(gemeente.value())).forEach(d -> languages.add(d.taal()));
			for (String language : languages) {
				TaalCode code = new TaalCode(language);
				int count = (int) active.stream()
					.filter(p -> p.niveau(code) != null && p.niveau(code).atLeast(LanguageLevel.B1))
					.filter(p -> p.werkgebied().contains(gemeente) || p.woonplaats().equals(gemeente))
					.filter(p -> reference.distanceKm(p.woonplaats(), gemeente) <= p.maxReisafstandKm())
					.count();
				supply.add(new LanguageSupply(gemeente.value(), language, count));
			}
		}
		var week = verzoeken.workloads(today);
		Map<String, Integer> month = verzoeken.reportedMinutes(today.withDayOfMonth(1), false);
		List<Load> loads = active.stream().map(p -> {
			int capacity = p.urenPerWeek() * 60;
			int thisWeek = week.getOrDefault(p.id(), CandidateRanking.Workload.NONE).minutesThisWeek();
			return new Load(p, capacity, thisWeek, month.getOrDefault(p.id().toString(), 0),
					capacity > 0 && thisWeek > OVERLOAD_SHARE * capacity);
		})
			.sorted(Comparator.comparingDouble(
					(Load l) -> l.minutenPerWeek() == 0 ? 1 : -(double) l.minutenDezeWeek() / l.minutenPerWeek()))
			.toList();
		List<Sleutelpersoon> vog = everyone.stream()
			.filter(p -> p.activeOn(today))
			.filter(p -> p.vogDatum() == null || !p.vogDatum()
				.plusYears(Sleutelpersoon.VOG_VALID_YEARS)
				.isAfter(today.plusDays(VOG_WARNING_DAYS)))
			.toList();
		log.record(Sleutelpersonen.POOL, Operation.READ, everyone.stream().map(Sleutelpersonen::subject).toList());
		return new Overview(demand, supply, loads, vog, verzoeken.reportedMinutes(today.withDayOfMonth(1), true));
	}

}
