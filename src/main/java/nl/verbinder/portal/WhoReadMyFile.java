package nl.verbinder.portal;

import nl.verbinder.shared.DutchTime;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.Role;
import nl.verbinder.access.SubjectProcessing;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * "Who read my file": what was done with the data of the newcomer and their minor
 * children in the last twelve months, per month and newest first, from the processing log
 * (read through {@link ProcessingLog}, never its tables). Who did it is named by role and
 * municipality (or the region), never by a staff member's name; the purpose is the
 * processing activity's name in the newcomer's language. The newcomer's own visits are
 * listed apart. Looking at this page is itself a read of the newcomer's file, logged like
 * every portal page.
 */
@Service
public class WhoReadMyFile {

	/** How many months back the overview goes, this month included. */
	static final int MONTHS = 12;

	/** How many of the newcomer's own visits are listed. */
	static final int OWN_VISITS = 50;

	/**
	 * One processing: when, by whom (role and organisation or municipality), what was
	 * done, why, and whose data.
	 */
	public record Entry(Instant tijdstip, String wanneer, String rol, String organisatie, String handeling, String doel,
			List<String> over) {
	}

	/** The processings of one month by others than the newcomer. */
	public record Month(YearMonth maand, String naam, List<Entry> verwerkingen) {
	}

	/**
	 * Per month what others did with the file, and apart from that the newcomer's own
	 * visits.
	 */
	public record Overview(List<Month> maanden, List<Entry> eigenBezoeken) {
	}

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	private final ProcessingLog log;

	private final ReferenceData reference;

	private final AccessControl access;

	private final MessageSource messages;

	private final Clock clock;

	WhoReadMyFile(Newcomers newcomers, OwnFile ownFile, ProcessingLog log, ReferenceData reference,
			AccessControl access, MessageSource messages, Clock clock) {
		this.newcomers = newcomers;
		this.ownFile = ownFile;
		this.log = log;
		this.reference = reference;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	public Overview overview() {
		Newcomers.Newcomer me = newcomers.current();
		OwnFile.Family family = ownFile.family(me.personId(), Portal.OWN_ACCESS);
		Map<DataSubject, String> whose = new LinkedHashMap<>();
		family.persons().forEach(p -> whose.put(DataSubject.person(p.personId()), p.voornaam()));
		whose.put(DataSubject.household(family.household().value()), text("portal.inzage.household"));
		YearMonth now = YearMonth.now(clock.withZone(DutchTime.ZONE));
		Instant from = now.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
		Instant to = now.plusMonths(1).atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
		List<SubjectProcessing> records = log.processingOf(whose.keySet(), from, to);

		// One processing of several people (a page showing the whole family) is one entry
		// naming them all. Verbinder's own scheduled work (the nightly signal run) is one
		// entry per month saying how often, so that it does not bury what people did.
		record Key(Instant at, Operation operation, String activity, Role role, @Nullable String gemeente,
				boolean own) {
		}
		Map<Key, List<String>> grouped = new LinkedHashMap<>();
		Map<Key, Instant> last = new HashMap<>();
		Map<Key, Integer> times = new HashMap<>();
		for (SubjectProcessing r : records) {
			Instant at = r.actorRole() == Role.SYSTEM ? YearMonth.from(r.occurredAt().atZone(DutchTime.ZONE))
				.atDay(1)
				.atStartOfDay(DutchTime.ZONE)
				.toInstant() : r.occurredAt();
			var key = new Key(at, r.operation(), r.activity(), r.actorRole(), r.actorGemeente(), r.ownAccess());
			List<String> names = grouped.computeIfAbsent(key, k -> new ArrayList<>());
			last.merge(key, r.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
			// Each member of a family is read in the same run: the run's count is the
			// most
			// any of them has.
			times.merge(key, r.times(), Math::max);
			String name = whose.get(r.subject());
			if (name != null && !names.contains(name)) {
				names.add(name);
			}
		}
		Map<YearMonth, List<Entry>> perMonth = new LinkedHashMap<>();
		List<Entry> own = new ArrayList<>();
		grouped.forEach((k, names) -> {
			Instant at = last.get(k);
			String wanneer = k.role() == Role.SYSTEM ? text("portal.inzage.when.repeated", times.get(k), Date.from(at))
					: text("portal.inzage.when", Date.from(k.at()));
			Entry entry = new Entry(at, wanneer, role(k.role()), organisation(k.gemeente()), operation(k.operation()),
					purpose(k.activity()), List.copyOf(names));
			if (k.own()) {
				if (own.size() < OWN_VISITS) {
					own.add(entry);
				}
			}
			else {
				perMonth.computeIfAbsent(YearMonth.from(k.at().atZone(DutchTime.ZONE)), m -> new ArrayList<>())
					.add(entry);
			}
		});
		List<Month> months = perMonth.entrySet()
			.stream()
			.map(e -> new Month(e.getKey(),
					text("portal.inzage.month",
							Date.from(e.getKey().atDay(1).atStartOfDay(DutchTime.ZONE).toInstant())),
					List.copyOf(e.getValue())))
			.toList();
		return new Overview(months, List.copyOf(own));
	}

	private String organisation(@Nullable String gemeente) {
		if (gemeente == null) {
			return text("portal.inzage.region", access.region().name());
		}
		String name = reference.gemeente(GemeenteCode.of(gemeente)).map(g -> g.displayName()).orElse(gemeente);
		return text("portal.inzage.municipality", name);
	}

	private String role(Role role) {
		return text(switch (role) {
			case CASE_MANAGER -> "portal.inzage.role.case-manager";
			case REGIONAL_COORDINATOR -> "portal.inzage.role.regional-coordinator";
			case KEY_PERSON -> "portal.inzage.role.key-person";
			case PARTNER_WORKER -> "portal.inzage.role.partner-worker";
			case POLICY_READER -> "portal.inzage.role.policy-reader";
			case PLACEMENT_PLANNER -> "portal.inzage.role.placement-planner";
			case ADMINISTRATOR -> "portal.inzage.role.administrator";
			case NEWCOMER -> "portal.inzage.role.newcomer";
			case API_CLIENT -> "portal.inzage.role.api-client";
			case SYSTEM -> "portal.inzage.role.system";
		});
	}

	private String operation(Operation operation) {
		return text(switch (operation) {
			case READ -> "portal.inzage.operation.read";
			case CREATE -> "portal.inzage.operation.create";
			case UPDATE -> "portal.inzage.operation.update";
			case DELETE -> "portal.inzage.operation.delete";
		});
	}

	/**
	 * The processing activity's purpose in the newcomer's language; a generic text for
	 * one not listed here.
	 */
	private String purpose(String activity) {
		String key = PURPOSES.get(activity);
		return text(key == null ? "portal.inzage.purpose.other" : key);
	}

	/**
	 * Every processing activity of the register, by id, with the key of its purpose in
	 * the portal bundle.
	 */
	static final Map<String, String> PURPOSES = Map.ofEntries(
			Map.entry("access.accounts", "portal.inzage.purpose.access-accounts"),
			Map.entry("access.verantwoording", "portal.inzage.purpose.access-verantwoording"),
			Map.entry("access.vernietiging", "portal.inzage.purpose.access-vernietiging"),
			Map.entry("access.inzageverzoek", "portal.inzage.purpose.access-inzageverzoek"),
			Map.entry("access.noodtoegang", "portal.inzage.purpose.access-noodtoegang"),
			Map.entry("appointment.afspraken", "portal.inzage.purpose.appointment-afspraken"),
			Map.entry("inburgering.regie", "portal.inzage.purpose.inburgering-regie"),
			Map.entry("brp.raadpleging", "portal.inzage.purpose.brp-raadpleging"),
			Map.entry("inkoop.trajecten", "portal.inzage.purpose.inkoop-trajecten"),
			Map.entry("matching.talent", "portal.inzage.purpose.matching-talent"),
			Map.entry("monitoring.signalen", "portal.inzage.purpose.monitoring-signalen"),
			Map.entry("partner.samenwerking", "portal.inzage.purpose.partner-samenwerking"),
			Map.entry("placement.plan", "portal.inzage.purpose.placement-plan"),
			Map.entry("portal.inzage", "portal.inzage.purpose.portal-inzage"),
			Map.entry("portal.stem", "portal.inzage.purpose.portal-stem"),
			Map.entry("portal.uitnodiging", "portal.inzage.purpose.portal-uitnodiging"),
			Map.entry("portal.vragen", "portal.inzage.purpose.portal-vragen"),
			Map.entry("sleutelpersoon.inzet", "portal.inzage.purpose.sleutelpersoon-inzet"),
			Map.entry("sleutelpersoon.pool", "portal.inzage.purpose.sleutelpersoon-pool"));

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
