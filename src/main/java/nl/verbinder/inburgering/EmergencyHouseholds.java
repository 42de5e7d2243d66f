package nl.verbinder.inburgering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.verbinder.shared.DutchTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.access.EmergencyAccessOpened;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households opened in an emergency (noodtoegang) by a case manager of another
 * municipality: opening one with a reason ({@link EmergencyAccess} keeps the grant; this
 * module says where the household lives), and the notices that tell the household's own
 * municipality, shown on its household page.
 */
@Service
public class EmergencyHouseholds {

	/** The actor that writes the notice for the household's own municipality. */
	static final String ACTOR = "verbinder.noodtoegang";

	/**
	 * That a case manager of another municipality opened the household: who, from where,
	 * why, when and until when.
	 */
	public record Notice(UUID grant, String openedBy, GemeenteCode openedByGemeente, String reason, Instant openedAt,
			Instant until) {

		public boolean activeAt(Instant moment) {
			return moment.isBefore(until);
		}

		/** When it was opened, in the region's time. */
		public LocalDateTime localOpenedAt() {
			return LocalDateTime.ofInstant(openedAt, DutchTime.ZONE);
		}

		/** Until when it lasts, in the region's time. */
		public LocalDateTime localUntil() {
			return LocalDateTime.ofInstant(until, DutchTime.ZONE);
		}
	}

	private final EmergencyAccess emergencyAccess;

	private final Scoping scoping;

	private final JdbcClient jdbc;

	private final BackgroundWork background;

	private final ProcessingLog log;

	EmergencyHouseholds(EmergencyAccess emergencyAccess, Scoping scoping, JdbcClient jdbc, BackgroundWork background,
			ProcessingLog log) {
		this.emergencyAccess = emergencyAccess;
		this.scoping = scoping;
		this.jdbc = jdbc;
		this.background = background;
		this.log = log;
	}

	/** Whether the current actor may open a household of another municipality. */
	public boolean mayOpen() {
		return emergencyAccess.mayOpen();
	}

	/**
	 * Opens the household for the current case manager in an emergency, with the reason
	 * they state (required). Empty when the household is in their own municipality; "not
	 * found" when it does not exist in the region.
	 */
	@Transactional
	public Optional<EmergencyAccess.Grant> open(HouseholdId household, String reason) {
		return emergencyAccess.open(household.value(), reason,
				id -> jdbc.sql("select gemeente from inburgering.household where id = ?")
					.param(id)
					.query(String.class)
					.optional()
					.map(GemeenteCode::new));
	}

	/** The current actor's active grant for the household, if they opened it so. */
	public Optional<EmergencyAccess.Grant> activeGrant(HouseholdId household) {
		return emergencyAccess.activeGrant(household.value());
	}

	/** The notices of a household in scope, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> notices(HouseholdId household) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.household(household, scope);
		return jdbc.sql("""
				select grant_id, opened_by, opened_by_gemeente, reason, opened_at, until
				from inburgering.emergency_notice where household_id = ? order by opened_at desc""")
			.param(household.value())
			.query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2),
					new GemeenteCode(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** The moment grants and notices are judged by. */
	public Instant now() {
		return emergencyAccess.now();
	}

	/**
	 * Tells the household's own municipality: a notice on its household page, written by
	 * Verbinder itself within that municipality. Once per grant.
	 */
	@ApplicationModuleListener
	void on(EmergencyAccessOpened opened) {
		background.callAsSystem(ACTOR, opened.gemeente(), () -> {
			scoping.scope(Permission.HOUSEHOLD_READ);
			int added = jdbc.sql("""
					insert into inburgering.emergency_notice (grant_id, household_id, gemeente, opened_by,
					  opened_by_gemeente, reason, opened_at, until)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (grant_id) do nothing""")
				.params(opened.grant(), opened.household(), opened.gemeente().value(), opened.accountName(),
						opened.accountGemeente().value(), opened.reason(), Timestamp.from(opened.openedAt()),
						Timestamp.from(opened.until()))
				.update();
			if (added > 0) {
				log.record(EmergencyAccess.NOODTOEGANG, Operation.CREATE,
						new DataSubject(EmergencyAccess.SUBJECT_TYPE, opened.grant().toString()));
			}
			return added;
		});
	}

}
