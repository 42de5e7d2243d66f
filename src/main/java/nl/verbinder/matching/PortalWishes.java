package nl.verbinder.matching;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.TimelineEntry;
import nl.verbinder.inburgering.TimelineSource;
import nl.verbinder.portal.WishesChanged;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Wishes and talents a newcomer changed in the portal become their preferences for
 * matching (interests, hours, days; the travel range stays as the case manager recorded
 * it), and the case manager sees on the household's timeline that they changed, with the
 * newcomer's own words. Runs after the portal's commit, in the newcomer's name (their own
 * scope); the same event again adds nothing.
 */
@Component
class PortalWishes implements TimelineSource {

	private final BackgroundWork background;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final MatchingStore store;

	private final JdbcClient jdbc;

	private final ProcessingLog log;

	PortalWishes(BackgroundWork background, AccessControl access, RowLevelSecurity rowLevelSecurity,
			MatchingStore store, JdbcClient jdbc, ProcessingLog log) {
		this.background = background;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.store = store;
		this.jdbc = jdbc;
		this.log = log;
	}

	@ApplicationModuleListener
	void on(WishesChanged changed) {
		background.runAs(new AccountId(changed.changedBy()), () -> {
			var scope = access.scopeFor(Permission.OWN_DATA);
			scope.require(new GemeenteCode(changed.gemeente()));
			rowLevelSecurity.restrictTo(scope);
			int added = jdbc.sql("""
					insert into matching.portal_wishes (person_id, household_id, gemeente, voornaam, talenten, wensen,
					  changed_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(changed.personId(), changed.householdId(), changed.gemeente(), changed.voornaam(),
						changed.talenten(), changed.wensen(), Timestamp.from(changed.changedAt()))
				.update();
			if (added == 0) {
				return;
			}
			var stored = store.voorkeur(changed.personId());
			int travel = stored.map(s -> s.voorkeur().reisafstandKm()).orElse(Voorkeur.DEFAULT.reisafstandKm());
			store.save(changed.personId(), changed.householdId(), changed.gemeente(),
					new Voorkeur(changed.interesses(), changed.urenPerWeek(), changed.dagen(), travel),
					stored.map(MatchingStore.StoredVoorkeur::version).orElse(0L));
			log.record(Matching.MATCHING, stored.isPresent() ? Operation.UPDATE : Operation.CREATE,
					DataSubject.person(changed.personId()));
		});
	}

	/** Each change in the portal, with the newcomer's own words. */
	@Override
	public List<TimelineEntry> entries(HouseholdId household) {
		return jdbc.sql("""
				select changed_at, voornaam, talenten, wensen from matching.portal_wishes
				where household_id = ? order by changed_at""")
			.param(household.value())
			.query((rs, n) -> new TimelineEntry(LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), DutchTime.ZONE),
					TimelineEntry.Kind.WISHES, rs.getString(2), words(rs.getString(3), rs.getString(4))))
			.list();
	}

	private static String words(String talents, String wishes) {
		return talents.isEmpty() || wishes.isEmpty() ? talents + wishes : talents + " · " + wishes;
	}

}
