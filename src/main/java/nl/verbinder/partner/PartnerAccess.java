package nl.verbinder.partner;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How the partner module's use cases get their scope: ask {@link AccessControl} and
 * restrict the database transaction to it (both walls at once), and find the partner
 * worker's own organisation.
 */
@Component
class PartnerAccess {

	/** The processing activity of everything this module does with a person's data. */
	static final ProcessingActivity SAMENWERKING = new ProcessingActivity("partner.samenwerking",
			"Doorverwijzen naar en samenwerken met partners rond een huishouden in de inburgering",
			"Toestemming (AVG art. 6 lid 1a) of wettelijke taak (Wet inburgering 2021, art. 16) per vastgelegde grondslag")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.HOUSEHOLD, DataCategory.COLLABORATION)
		.keptFor(Period.ofYears(5));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities partnerProcessingActivities() {
		return ProcessingActivities.of(SAMENWERKING);
	}

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final PartnerStore store;

	PartnerAccess(AccessControl access, RowLevelSecurity rowLevelSecurity, PartnerStore store) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.store = store;
	}

	AccessScope restrict(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/**
	 * The scope for changing what concerns {@code household}: write permission in the
	 * household's own municipality. Reading a household may be opened for a case manager
	 * of another municipality by an emergency access; changing it never is.
	 */
	AccessScope restrictWriting(HouseholdView household) {
		AccessScope scope = restrict(Permission.HOUSEHOLD_WRITE);
		scope.require(GemeenteCode.of(household.gemeente()));
		return scope;
	}

	/**
	 * The scope of whoever withdrew a consent, for the reaction in their name: a case
	 * manager's households, or the newcomer's own.
	 */
	AccessScope restrictAsWithdrawer() {
		return restrict(access.currentActor().role().may(Permission.HOUSEHOLD_WRITE) ? Permission.HOUSEHOLD_WRITE
				: Permission.OWN_DATA);
	}

	/**
	 * The organisation the current partner worker works for; refused for an account that
	 * is not linked.
	 */
	UUID ownOrganisation() {
		AccessScope scope = restrict(Permission.REFERRALS_RECEIVE);
		return store.organisatieOf(scope.actor().id().value())
			.orElseThrow(() -> new AccessDeniedException("This account is not linked to an organisation"));
	}

	/** The person concerned, or (without one) the household and all its members. */
	static List<DataSubject> subjects(HouseholdView household, @Nullable UUID personId) {
		if (personId != null) {
			return List.of(DataSubject.person(personId));
		}
		List<DataSubject> subjects = new ArrayList<>();
		subjects.add(DataSubject.household(household.id().value()));
		household.members().forEach(m -> subjects.add(DataSubject.person(m.personId())));
		return subjects;
	}

}
