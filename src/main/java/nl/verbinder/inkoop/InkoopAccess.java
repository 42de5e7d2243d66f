package nl.verbinder.inkoop;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.stereotype.Component;

/**
 * How the module's use cases get their scope: ask {@link AccessControl} and restrict the
 * database transaction to it (both walls at once).
 */
@Component
class InkoopAccess {

	/** The processing activity of everything this module does with a person's data. */
	static final ProcessingActivity TRAJECTEN = new ProcessingActivity("inkoop.trajecten",
			"Volgen van ingekochte inburgeringstrajecten: deelname, aanwezigheid, resultaten en kosten",
			"Wettelijke taak (AVG art. 6 lid 1e): regie op de inburgering en het ingekochte aanbod (Wet inburgering 2021)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.TRAJECTORIES)
		.keptFor(Period.ofYears(7));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities inkoopProcessingActivities() {
		return ProcessingActivities.of(TRAJECTEN);
	}

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	InkoopAccess(AccessControl access, RowLevelSecurity rowLevelSecurity) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	AccessScope restrict(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/** The account acting now. */
	AccountId actor() {
		return access.currentActor().id();
	}

	AccessScope restrictToRegion() {
		AccessScope scope = access.regionScope(Permission.AGGREGATES_READ);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

}
