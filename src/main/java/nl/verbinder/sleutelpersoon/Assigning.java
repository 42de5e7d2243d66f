package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.Requesting.RequestView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning requests, the coordinator's work: the ranked candidates for a request,
 * offering it to one of them, recording a key person's answer given by phone, and the
 * week's proposal of the batch assignment.
 */
@Service
public class Assigning {

	/**
	 * A week's proposal: the solver's result and, for reading it, the requests and key
	 * persons by id.
	 */
	public record WeekProposal(LocalDate maandag, BatchAssignment.Result result, Map<UUID, Verzoek> verzoeken,
			Map<UUID, Sleutelpersoon> sleutelpersonen) {
	}

	private final Verzoeken verzoeken;

	private final Pool pool;

	private final PoolScoping scoping;

	private final ProcessingLog log;

	private final CandidateRanking ranking;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Assigning(Verzoeken verzoeken, Pool pool, PoolScoping scoping, ProcessingLog log, ReferenceData reference,
			Clock clock, ApplicationEventPublisher events) {
		this.verzoeken = verzoeken;
		this.pool = pool;
		this.scoping = scoping;
		this.log = log;
		this.ranking = new CandidateRanking(reference::distanceKm);
		this.clock = clock;
		this.events = events;
	}

	/** The ranked candidates for a request, and who is excluded by which rule. */
	@Transactional(readOnly = true)
	public CandidateRanking.Ranking candidates(UUID requestId) {
		scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoek verzoek = verzoeken.require(requestId).verzoek();
		var result = ranking.rank(verzoek, everyone(), verzoeken.workloads(verzoek.van()), LocalDate.now(clock));
		log.record(Sleutelpersonen.POOL, Operation.READ,
				result.candidates().stream().map(c -> Sleutelpersonen.subject(c.sleutelpersoon())).toList());
		return result;
	}

	/**
	 * Offers a request to one of its candidates; a stale version or a non-candidate is
	 * refused.
	 */
	@Transactional
	public RequestView offer(UUID requestId, UUID sleutelpersoonId, long expectedVersion) {
		scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoeken.Stored stored = verzoeken.require(requestId);
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		var result = ranking.rank(stored.verzoek(), everyone(), verzoeken.workloads(stored.verzoek().van()),
				LocalDate.now(clock));
		var candidate = result.candidates()
			.stream()
			.filter(c -> c.sleutelpersoon().id().equals(sleutelpersoonId))
			.findFirst()
			.orElseThrow(() -> result.excluded()
				.stream()
				.filter(e -> e.sleutelpersoon().id().equals(sleutelpersoonId))
				.findFirst()
				.map(e -> new RuleViolation("rule.request-offer.excluded",
						RuleViolation.name("exclusion." + e.reason().name())))
				.orElseGet(() -> new RuleViolation("rule.request-offer.no-candidate")));
		Verzoek assigned = stored.verzoek().offerTo(candidate.sleutelpersoon().id());
		verzoeken.updateStatus(assigned, expectedVersion);
		log.record(Sleutelpersonen.POOL, Operation.UPDATE, Sleutelpersonen.subject(candidate.sleutelpersoon()));
		if (assigned.householdId() != null) {
			log.record(Sleutelpersonen.INZET, Operation.UPDATE, DataSubject.household(assigned.householdId()));
		}
		return new RequestView(assigned, expectedVersion + 1);
	}

	/**
	 * The coordinator records a key person's answer or report given by phone or message
	 * (many key persons do not use the app): the same steps as the key person's own, on
	 * their behalf.
	 */
	@Transactional
	public RequestView recordOnBehalf(UUID requestId, long expectedVersion, boolean accepted,
			Verzoek.@Nullable Verslag verslag) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoeken.Stored stored = verzoeken.require(requestId);
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		UUID who = stored.verzoek().assignedTo();
		if (who == null) {
			throw new RuleViolation("rule.request-offer.nobody");
		}
		Verzoek changed = verslag != null ? stored.verzoek().complete(who, verslag)
				: accepted ? stored.verzoek().accept(who) : stored.verzoek().decline(who);
		verzoeken.updateStatus(changed, expectedVersion);
		pool.find(who)
			.ifPresent(p -> log.record(Sleutelpersonen.POOL, Operation.UPDATE,
					Sleutelpersonen.subject(p.sleutelpersoon())));
		if (verslag != null && changed.householdId() != null) {
			events.publishEvent(new VerzoekEnded(requestId, changed.gemeente().value(), scope.actor().id().value(),
					VerzoekEnded.How.AFGEROND, clock.instant()));
		}
		return new RequestView(changed, expectedVersion + 1);
	}

	/**
	 * The best assignment of the week's open requests to key persons (hours and travel
	 * limits respected), as a proposal: nothing is offered until the coordinator applies
	 * it.
	 */
	@Transactional(readOnly = true)
	public WeekProposal weekProposal(LocalDate day) {
		scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
		List<Verzoek> open = verzoeken.openInWeek(monday).stream().map(Verzoeken.Stored::verzoek).toList();
		List<Sleutelpersoon> everyone = everyone();
		var result = new BatchAssignment(ranking).solve(open, everyone, verzoeken.workloads(monday),
				LocalDate.now(clock), 10);
		log.record(Sleutelpersonen.POOL, Operation.READ,
				result.assignments()
					.stream()
					.map(a -> new DataSubject(DataSubject.KEY_PERSON, a.sleutelpersoon().toString()))
					.distinct()
					.toList());
		return new WeekProposal(monday, result, open.stream().collect(Collectors.toMap(Verzoek::id, v -> v)),
				everyone.stream().collect(Collectors.toMap(Sleutelpersoon::id, p -> p)));
	}

	/**
	 * Offers every request of the week's proposal to its proposed key person; returns how
	 * many were offered.
	 */
	@Transactional
	public int applyWeekProposal(LocalDate day) {
		WeekProposal proposal = weekProposal(day);
		int offered = 0;
		for (var a : proposal.result().assignments()) {
			long version = verzoeken.find(a.verzoek()).orElseThrow().version();
			offer(a.verzoek(), a.sleutelpersoon(), version);
			offered++;
		}
		return offered;
	}

	private List<Sleutelpersoon> everyone() {
		return pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
	}

}
