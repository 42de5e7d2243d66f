package nl.verbinder.inkoop;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inkoop.CsvRefused.RowError;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.PartnerInbox.Participant;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's reports (voortgangsrapportage): a contracted provider's partner worker
 * sees the participants referred to their organisation, and reports per participant and
 * product attendance, results and progress, and the ending; attendance also as a file,
 * which is stored whole or not at all. The first report of a participant in a product
 * enrols them, within the contract's municipalities, period and capacity.
 */
@Service
public class Reporting {

	/** A participant with their trajectories and the products they can be reported in. */
	public record ParticipantView(Participant deelnemer, List<Trajectory> trajecten, List<ProductOption> producten) {

		/** The first product of this kind the participant may be reported on. */
		public Optional<UUID> product(ProductSoort soort) {
			return producten.stream().filter(p -> p.soort() == soort).map(ProductOption::productId).findFirst();
		}

	}

	/** A product of the provider's contracts that covers the participant today. */
	public record ProductOption(UUID productId, ProductSoort soort, String omschrijving, String contract) {
	}

	/**
	 * The header row of the attendance file (see {@link AttendanceCsv} for the columns).
	 */
	public static final String CSV_HEADER = String.join(",", AttendanceCsv.HEADER);

	private final InkoopAccess access;

	private final InkoopStore store;

	private final PartnerInbox inbox;

	private final Contracts contracts;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reporting(InkoopAccess access, InkoopStore store, PartnerInbox inbox, Contracts contracts, ProcessingLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.store = store;
		this.inbox = inbox;
		this.contracts = contracts;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of the participants of the partner worker's organisation, newest referral
	 * first unless another order is asked; only the page's people are read and recorded.
	 */
	@Transactional
	public Paged<ParticipantView> participants(Paging paging) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		Paged<Participant> page = inbox.participants(paging);
		List<ParticipantView> views = views(page.items());
		return paging.page("deelnemers", views, page.pagina().totaalAantal());
	}

	/** The participants of the partner worker's organisation, newest referral first. */
	@Transactional
	public List<ParticipantView> participants() {
		access.restrict(Permission.REFERRALS_RECEIVE);
		return views(inbox.participants());
	}

	private List<ParticipantView> views(List<Participant> participants) {
		UUID organisatie = inbox.ownOrganisation();
		Map<UUID, List<Trajectory>> trajectories = trajectories(
				store.summariesOfReferrals(participants.stream().map(Participant::doorverwijzingId).toList()), false)
			.stream()
			.collect(Collectors.groupingBy(Trajectory::doorverwijzingId));
		List<Contract> own = store.contracts(organisatie);
		if (!participants.isEmpty()) {
			log.record(InkoopAccess.TRAJECTEN, Operation.READ,
					participants.stream().map(p -> DataSubject.person(p.personId())).distinct().toList());
		}
		return participants.stream()
			.map(p -> new ParticipantView(p, trajectories.getOrDefault(p.doorverwijzingId(), List.of()),
					options(own, p)))
			.toList();
	}

	/**
	 * One participant of the partner worker's organisation, with every report; "not
	 * found" otherwise.
	 */
	@Transactional
	public ParticipantView participant(UUID doorverwijzingId) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		Participant p = own(doorverwijzingId);
		List<Contract> own = store.contracts(inbox.ownOrganisation());
		log.record(InkoopAccess.TRAJECTEN, Operation.READ, DataSubject.person(p.personId()));
		return new ParticipantView(p, trajectories(store.summariesOfReferrals(List.of(doorverwijzingId)), true),
				options(own, p));
	}

	/** Reports attendance of a participant in a product. */
	@Transactional
	public ParticipantView reportAttendance(UUID doorverwijzingId, UUID productId, Aanwezigheid aanwezigheid) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		Participant p = own(doorverwijzingId);
		Deelname d = attend(p, productId, aanwezigheid, new Products());
		events
			.publishEvent(new HouseholdAttendanceReported(d.householdId(), d.gemeente(), List.of(d.id()), 1, actor()));
		log.record(InkoopAccess.TRAJECTEN, Operation.UPDATE, DataSubject.person(p.personId()));
		return participant(doorverwijzingId);
	}

	/** Records an exam or milestone result, or progress. */
	@Transactional
	public ParticipantView recordResult(UUID doorverwijzingId, UUID productId, Resultaat resultaat) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		Participant p = own(doorverwijzingId);
		Products products = new Products();
		Deelname d = enrolled(p, productId, resultaat.datum(), products);
		d.checkReportDay(resultaat.datum(), today());
		products.contract(productId).checkDay(resultaat.datum());
		store.insert(d, resultaat, actor().value(), clock.instant());
		if (resultaat.soort().examOrMilestone()) {
			events.publishEvent(new ExamResultRecorded(d.id(), d.personId(), d.householdId(), d.gemeente(),
					products.product(productId).soort(), resultaat.datum(), resultaat.soort(),
					Boolean.TRUE.equals(resultaat.behaald()), actor()));
		}
		log.record(InkoopAccess.TRAJECTEN, Operation.UPDATE, DataSubject.person(p.personId()));
		return participant(doorverwijzingId);
	}

	/** Ends a participation: completed, or stopped with a reason. */
	@Transactional
	public ParticipantView end(UUID doorverwijzingId, UUID productId, Deelname.Einde einde, LocalDate day,
			@Nullable String reason) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		Participant p = own(doorverwijzingId);
		Deelname d = store.deelname(doorverwijzingId, productId)
			.orElseThrow(() -> new RuleViolation("rule.report.not-enrolled"));
		Deelname ended = d.end(einde, day, reason, today());
		store.updateEnd(ended);
		events.publishEvent(new TrajectoryEnded(d.id(), d.personId(), d.householdId(), d.gemeente(),
				new Products().product(productId).soort(), day, einde, ended.eindeReden(), actor()));
		log.record(InkoopAccess.TRAJECTEN, Operation.UPDATE, DataSubject.person(p.personId()));
		return participant(doorverwijzingId);
	}

	/**
	 * Imports an attendance file (see {@link AttendanceCsv} for its columns): every row
	 * is checked, and unless all pass nothing is stored and {@link CsvRefused} names each
	 * refused row. Returns the number of rows stored.
	 */
	@Transactional(rollbackFor = RuntimeException.class)
	public int importAttendance(String csv) {
		access.restrict(Permission.REFERRALS_RECEIVE);
		if (csv.length() > AttendanceCsv.MAX_BYTES) {
			throw new RuleViolation("rule.csv.too-large", AttendanceCsv.MAX_BYTES / 1000);
		}
		AttendanceCsv.Parsed parsed = AttendanceCsv.parse(csv);
		List<RowError> errors = new ArrayList<>(parsed.errors());
		if (!errors.isEmpty() && parsed.rows().isEmpty()) {
			throw new CsvRefused(errors);
		}
		Map<UUID, Participant> participants = inbox.participants()
			.stream()
			.collect(Collectors.toMap(Participant::doorverwijzingId, Function.identity()));
		Products products = new Products();
		Set<String> seen = new HashSet<>();
		Set<DataSubject> subjects = new HashSet<>();
		Map<UUID, List<Deelname>> perHousehold = new LinkedHashMap<>();
		for (AttendanceCsv.Row row : parsed.rows()) {
			try {
				Participant p = participants.get(row.verwijzing());
				if (p == null) {
					throw new RuleViolation("rule.report.unknown-participant", row.verwijzing());
				}
				Aanwezigheid a = row.aanwezigheid();
				if (!seen.add(
						row.verwijzing() + "|" + row.product() + "|" + a.datum() + "|" + a.soort() + "|" + a.thema())) {
					throw new RuleViolation("rule.report.duplicate", a.datum());
				}
				if (errors.isEmpty()) {
					Deelname d = attend(p, row.product(), a, products);
					perHousehold.computeIfAbsent(d.householdId(), h -> new ArrayList<>()).add(d);
				}
				else {
					check(p, row.product(), a, products);
				}
				subjects.add(DataSubject.person(p.personId()));
			}
			catch (RuleViolation e) {
				errors.add(new RowError(row.rij(), RuleViolation.reason(e)));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort((x, y) -> Integer.compare(x.rij(), y.rij()));
			throw new CsvRefused(errors);
		}
		perHousehold.forEach((household, reported) -> events
			.publishEvent(new HouseholdAttendanceReported(household, reported.getFirst().gemeente(),
					reported.stream().map(Deelname::id).distinct().toList(), reported.size(), actor())));
		log.record(InkoopAccess.TRAJECTEN, Operation.UPDATE, List.copyOf(subjects));
		return parsed.rows().size();
	}

	/** Checks a row without storing it, once the file is known to be refused. */
	private void check(Participant p, UUID productId, Aanwezigheid a, Products products) {
		Contract contract = products.contract(productId);
		contract.checkDay(a.datum());
		if (!contract.covers(p.gemeente())) {
			throw new RuleViolation("rule.report.not-covered", contract.naam());
		}
		var existing = store.deelname(p.doorverwijzingId(), productId);
		if (existing.isPresent()) {
			existing.get().checkReportDay(a.datum(), today());
			if (store.reported(existing.get().id(), a)) {
				throw new RuleViolation("rule.report.duplicate", a.datum());
			}
		}
		else if (a.datum().isAfter(today())) {
			throw new RuleViolation("rule.report.future", a.datum());
		}
	}

	/**
	 * Stores one row of attendance and publishes {@link AttendanceReported}; the caller
	 * publishes {@link HouseholdAttendanceReported} once the report is complete.
	 */
	private Deelname attend(Participant p, UUID productId, Aanwezigheid a, Products products) {
		Deelname d = enrolled(p, productId, a.datum(), products);
		d.checkReportDay(a.datum(), today());
		products.contract(productId).checkDay(a.datum());
		if (store.reported(d.id(), a)) {
			throw new RuleViolation("rule.report.duplicate", a.datum());
		}
		store.startNoLaterThan(d.id(), a.datum());
		store.insert(d, a, actor().value(), clock.instant());
		events.publishEvent(new AttendanceReported(d.id(), d.personId(), d.householdId(), d.gemeente(),
				products.product(productId).soort(), a.datum(), a.soort(), a.thema(), a.aanwezig(), a.afwezig(),
				actor()));
		return d;
	}

	/**
	 * The participation in a product, enrolling the participant at their first report.
	 */
	private Deelname enrolled(Participant p, UUID productId, LocalDate day, Products products) {
		var existing = store.deelname(p.doorverwijzingId(), productId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Contract contract = products.contract(productId);
		Product product = contract.product(productId);
		if (day.isAfter(today())) {
			throw new RuleViolation("rule.report.future", day);
		}
		contract.checkEnrolment(product, p.gemeente(), day, 0);
		if (!store.takePlace(productId)) {
			throw new RuleViolation("rule.contract.capacity-full", product.omschrijving(), product.capaciteit());
		}
		Deelname d = new Deelname(UUID.randomUUID(), productId, contract.organisatieId(), p.doorverwijzingId(),
				p.householdId(), p.personId(), p.gemeente(), day, null, null, null);
		store.insert(d);
		return d;
	}

	private Participant own(UUID doorverwijzingId) {
		return inbox.participant(doorverwijzingId)
			.orElseThrow(() -> new NoSuchElementException("No participant " + doorverwijzingId));
	}

	private List<ProductOption> options(List<Contract> own, Participant p) {
		LocalDate today = today();
		return own.stream()
			.filter(c -> c.covers(p.gemeente()) && c.runsOn(today))
			.flatMap(c -> c.producten()
				.stream()
				.map(pr -> new ProductOption(pr.id(), pr.soort(), pr.omschrijving(), c.naam())))
			.toList();
	}

	private List<Trajectory> trajectories(List<InkoopStore.Summary> summaries, boolean withReports) {
		return Trajectories.of(summaries, contracts, store, withReports);
	}

	private AccountId actor() {
		return access.actor();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The contracts of the partner worker's own organisation, by product, looked up once
	 * per use.
	 */
	private final class Products {

		private final UUID organisatie = inbox.ownOrganisation();

		private final Map<UUID, Contract> byProduct = new HashMap<>();

		Contract contract(UUID productId) {
			Contract c = byProduct.computeIfAbsent(productId,
					id -> store.contractOfProduct(id)
						.filter(k -> k.organisatieId().equals(organisatie))
						.orElseThrow(() -> new RuleViolation("rule.report.unknown-product", id)));
			return c;
		}

		Product product(UUID productId) {
			return contract(productId).product(productId);
		}

	}

}
