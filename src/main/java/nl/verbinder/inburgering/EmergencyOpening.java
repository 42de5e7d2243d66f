package nl.verbinder.inburgering;

import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.access.Permission;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaking the glass from the caseload: a case manager who has a person's BSN, but finds
 * no household of theirs with it, states a reason and opens the household of that BSN in
 * another municipality of the region by {@link EmergencyAccess}.
 * <p>
 * Existence does not leak: the way to break the glass is offered after every search by a
 * full BSN that finds nothing in the case manager's own municipality, whether or not a
 * household with it exists elsewhere; whether one does is known only after a reason was
 * stated, and then only to someone who holds the person's BSN already (the number the
 * person, their papers or the BRP gave them; it is not guessed from a name). The search
 * itself reads no one without a reason.
 */
@Service
public class EmergencyOpening {

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final EmergencyAccess emergencyAccess;

	private final JdbcClient jdbc;

	EmergencyOpening(AccessControl access, RowLevelSecurity rowLevelSecurity, EmergencyAccess emergencyAccess,
			JdbcClient jdbc) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.emergencyAccess = emergencyAccess;
		this.jdbc = jdbc;
	}

	/**
	 * Opens the household of {@code bsn} in another municipality for the current case
	 * manager, for the reason stated, and gives the grant (its household, until when) and
	 * whether it was made now or was theirs already; refused in words without a reason,
	 * for a BSN of no household elsewhere in the region, or for one of their own
	 * municipality.
	 */
	@Transactional
	public EmergencyAccess.Granted open(@Nullable String bsn, @Nullable String reason) {
		emergencyAccess.checkRequest(reason);
		Bsn number = Bsn.of(bsn);
		rowLevelSecurity.restrictTo(access.emergencySearchScope());
		var found = jdbc.sql("""
				select h.id, h.gemeente from inburgering.household_member m
				join inburgering.household h on h.id = m.household_id
				where m.bsn = ?""")
			.param(number.value())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new GemeenteCode(rs.getString(2))))
			.optional();
		AccessScope own = access.scopeFor(Permission.HOUSEHOLD_READ);
		rowLevelSecurity.restrictTo(own);
		if (found.isEmpty()) {
			throw new RuleViolation("rule.emergency-access.not-found", number.masked());
		}
		if (own.covers(found.get().getValue())) {
			throw new RuleViolation("rule.emergency-access.own-municipality");
		}
		return emergencyAccess.grant(found.get().getKey(), found.get().getValue(), reason);
	}

}
