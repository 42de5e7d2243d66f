package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Actor;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice and signals for policy: key persons and professionals give it, the coordinator
 * triages it with a response, and authors see what became of their advice.
 */
@Service
public class Advising {

	/**
	 * Advice as given: the text, and optionally the domain, municipality and community it
	 * is about.
	 */
	public record NewAdvice(String tekst, @Nullable Domein domein, @Nullable GemeenteCode gemeente,
			@Nullable String gemeenschap) {
	}

	/** Advice with the version of its row, for the coordinator's triage. */
	public record AdviceView(Advies advies, long versie) {
	}

	private final Adviezen adviezen;

	private final Pool pool;

	private final AccessControl access;

	private final ReferenceData reference;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Advising(Adviezen adviezen, Pool pool, AccessControl access, ReferenceData reference,
			ApplicationEventPublisher events, Clock clock) {
		this.adviezen = adviezen;
		this.pool = pool;
		this.access = access;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Key persons (about any municipality of the region) and professionals give advice.
	 */
	@Transactional
	public AdviceView give(NewAdvice advice) {
		Actor actor = access.currentActor();
		boolean keyPerson = actor.role().may(Permission.KEY_PERSON_OWN);
		if (!keyPerson && !actor.role().may(Permission.KEY_PERSON_REQUEST)) {
			throw new AccessDeniedException(actor.username() + " gives no advice through the key-person pool");
		}
		if (advice.gemeente() != null && !access.region().contains(advice.gemeente())) {
			throw new RuleViolation("rule.advice.municipality", advice.gemeente().value());
		}
		if (advice.gemeenschap() != null && reference.land(advice.gemeenschap()).isEmpty()) {
			throw new RuleViolation("rule.advice.community-unknown", advice.gemeenschap());
		}
		UUID keyPersonId = keyPerson ? pool.byAccount(actor.id().value()).map(s -> s.sleutelpersoon().id()).orElse(null)
				: null;
		var advies = new Advies(UUID.randomUUID(), actor.id().value(), actor.displayName(), actor.role().name(),
				keyPersonId, advice.tekst(), advice.domein(), advice.gemeente(), advice.gemeenschap(), clock.instant(),
				Advies.Status.NIEUW, null, null);
		adviezen.insert(advies);
		events.publishEvent(new AdviceChanged(advies.id(), advies.gemeente()));
		return new AdviceView(advies, 0);
	}

	/** The advice the signed-in person gave, with what became of it. */
	@Transactional(readOnly = true)
	public List<AdviceView> mine() {
		Actor actor = access.currentActor();
		return adviezen.byAuthor(actor.id().value(), 200)
			.stream()
			.map(s -> new AdviceView(s.advies(), s.version()))
			.toList();
	}

	/**
	 * Advice as policy reads it: what was said, about which domain, municipality and
	 * community, when, and what became of it; not who said it.
	 */
	public record PolicyAdvice(String tekst, @Nullable Domein domein, @Nullable GemeenteCode gemeente,
			@Nullable String gemeenschap, LocalDate submittedOn, Advies.Status status, @Nullable String reactie,
			@Nullable LocalDate triagedOn) {
	}

	/** Whether the current account triages advice (the coordinator), or only reads it. */
	public boolean mayTriage() {
		return access.currentActor().role().may(Permission.KEY_PERSON_POOL_MANAGE);
	}

	/** All advice for policy, new first, without its authors. */
	@Transactional(readOnly = true)
	public List<PolicyAdvice> forPolicy() {
		access.scopeFor(Permission.ADVICE_READ);
		return adviezen.all(500)
			.stream()
			.map(s -> s.advies())
			.map(a -> new PolicyAdvice(a.tekst(), a.domein(), a.gemeente(), a.gemeenschap(),
					LocalDate.ofInstant(a.submittedOn(), nl.verbinder.shared.DutchTime.ZONE), a.status(), a.reactie(),
					a.triagedOn()))
			.toList();
	}

	/**
	 * How much advice there is about a life domain (null: none named), in a status (null:
	 * in any), and from how many authors: counts only, for the figures.
	 */
	public record AdviceCount(@Nullable Domein domein, Advies.@Nullable Status status, long count, long authors) {
	}

	/**
	 * The advice counted per life domain and status, and per life domain in any status,
	 * each with its number of distinct authors: for the whole region ({@code region}:
	 * every piece, also advice about no municipality) and about each municipality
	 * ({@code perGemeente}, only those with advice). What key persons and professionals
	 * advise about, and what became of it, without a word of it or its authors.
	 */
	public record AdviceCounts(List<AdviceCount> region, Map<GemeenteCode, List<AdviceCount>> perGemeente) {

		public AdviceCounts {
			region = List.copyOf(region);
			perGemeente = Map.copyOf(perGemeente);
		}

		/**
		 * The counts of advice about {@code gemeente}; {@code null}: the whole region.
		 */
		public List<AdviceCount> about(@Nullable GemeenteCode gemeente) {
			return gemeente == null ? region : perGemeente.getOrDefault(gemeente, List.of());
		}

	}

	/**
	 * The advice counted (see {@link AdviceCounts}), in one query, for the figures: they
	 * keep these counts and count them again after {@link AdviceChanged}.
	 */
	@Transactional(readOnly = true)
	public AdviceCounts counts() {
		access.regionScope(Permission.AGGREGATES_READ);
		return adviezen.counts();
	}

	/** All advice for the coordinator: new first. */
	@Transactional(readOnly = true)
	public List<AdviceView> all() {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		return adviezen.all(500).stream().map(s -> new AdviceView(s.advies(), s.version())).toList();
	}

	/** The coordinator moves advice on, with a response once it is decided. */
	@Transactional
	public AdviceView triage(UUID id, long expectedVersion, Advies.Status status, @Nullable String response) {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		Adviezen.Stored stored = adviezen.find(id).orElseThrow(() -> new NoSuchElementException("No advice " + id));
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Advice " + id);
		Advies triaged = stored.advies().triage(status, response, LocalDate.now(clock));
		adviezen.update(triaged, expectedVersion);
		events.publishEvent(new AdviceChanged(triaged.id(), triaged.gemeente()));
		return new AdviceView(triaged, expectedVersion + 1);
	}

}
