package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of one emergency access, without Spring. */
class EmergencyAccessGrantTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");

	private static final String REASON = "Gezin staat zonder onderdak aan ons loket";

	private static final UUID HOUSEHOLD = UUID.randomUUID();

	private static Actor actor(Role role, GemeenteCode gemeente) {
		return new Actor(AccountId.random(), "consulent", "Consulent", role, gemeente);
	}

	private static EmergencyAccessGrant open(Actor actor, String reason) {
		return EmergencyAccessGrant.open(actor, HOUSEHOLD, WINTERSWIJK, reason, Duration.ofHours(24), 20, NOW);
	}

	private static String code(Runnable refused) {
		try {
			refused.run();
		}
		catch (RuleViolation e) {
			return e.code();
		}
		throw new AssertionError("not refused");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "spoed", "Spoed, graag snel.", "                   nood               " })
	void aReasonIsRequiredOfTheMinimumLength(String reason) {
		assertThat(code(() -> open(actor(Role.CASE_MANAGER, AALTEN), reason)))
			.isEqualTo("rule.emergency-access.reason-required");
	}

	@Test
	void aReasonOfTheMinimumLengthIsKeptAsStated() {
		EmergencyAccessGrant grant = open(actor(Role.CASE_MANAGER, AALTEN), "  " + REASON + "  ");
		assertThat(grant.reason()).isEqualTo(REASON);
		assertThat(grant.household()).isEqualTo(HOUSEHOLD);
		assertThat(grant.gemeente()).isEqualTo(WINTERSWIJK);
		assertThat(grant.actorGemeente()).isEqualTo(AALTEN);
		assertThat(code(() -> open(actor(Role.CASE_MANAGER, AALTEN), "x".repeat(1001))))
			.isEqualTo("rule.emergency-access.reason-too-long");
	}

	@Test
	void itOpensFromItsStartUntilExactlyItsEnd() {
		EmergencyAccessGrant grant = open(actor(Role.CASE_MANAGER, AALTEN), REASON);
		assertThat(grant.grantedAt()).isEqualTo(NOW);
		assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
		assertThat(grant.activeAt(NOW.minusNanos(1))).isFalse();
		assertThat(grant.activeAt(NOW)).isTrue();
		assertThat(grant.activeAt(grant.expiresAt().minusNanos(1))).isTrue();
		assertThat(grant.activeAt(grant.expiresAt())).as("closed exactly at the end").isFalse();
		assertThat(grant.until()).isEqualTo(grant.expiresAt());
		assertThat(grant.endedEarly()).isFalse();
	}

	@Test
	void endedEarlyItClosesFromThen() {
		EmergencyAccessGrant open = open(actor(Role.CASE_MANAGER, AALTEN), REASON);
		Instant ended = NOW.plus(Duration.ofHours(2));
		EmergencyAccessGrant grant = new EmergencyAccessGrant(open.id(), open.account(), open.actor(),
				open.actorGemeente(), open.household(), open.gemeente(), open.reason(), open.grantedAt(),
				open.expiresAt(), ended);
		assertThat(grant.activeAt(ended.minusNanos(1))).isTrue();
		assertThat(grant.activeAt(ended)).isFalse();
		assertThat(grant.until()).isEqualTo(ended);
		assertThat(grant.endedEarly()).isTrue();
	}

	@Test
	void notForAHouseholdOfOnesOwnMunicipalityNorForARegionalAccount() {
		assertThat(code(() -> EmergencyAccessGrant.open(actor(Role.CASE_MANAGER, WINTERSWIJK), HOUSEHOLD, WINTERSWIJK,
				REASON, Duration.ofHours(24), 20, NOW)))
			.isEqualTo("rule.emergency-access.own-municipality");
		assertThat(code(() -> open(actor(Role.CASE_MANAGER, null), REASON)))
			.isEqualTo("rule.emergency-access.own-municipality");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "CASE_MANAGER")
	void onlyCaseManagers(Role role) {
		assertThat(code(() -> open(actor(role, AALTEN), REASON))).isEqualTo("rule.emergency-access.case-managers-only");
	}

	@Test
	void itOpensOnlyItsOwnHouseholdForItsOwnHolder() {
		Actor holder = actor(Role.CASE_MANAGER, AALTEN);
		EmergencyAccessGrant grant = open(holder, REASON);
		assertThat(grant.holds(holder.id(), HOUSEHOLD)).isTrue();
		assertThat(grant.holds(holder.id(), UUID.randomUUID())).isFalse();
		assertThat(grant.holds(AccountId.random(), HOUSEHOLD)).isFalse();
		AccessScope scope = new AccessScope(holder, Permission.HOUSEHOLD_READ, java.util.Set.of(AALTEN)).with(grant);
		assertThat(scope.coversHousehold(HOUSEHOLD, WINTERSWIJK)).isTrue();
		assertThat(scope.coversHousehold(UUID.randomUUID(), WINTERSWIJK)).as("the neighbours stay closed").isFalse();
		assertThat(scope.covers(WINTERSWIJK)).as("the municipality stays closed").isFalse();
		assertThat(scope.householdIds()).containsExactly(HOUSEHOLD.toString());
	}

	@Test
	void theSettingsRefuseNoTimeAndNoReason() {
		assertThatThrownBy(() -> new EmergencyAccessSettings(Duration.ZERO, 20))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EmergencyAccessSettings(Duration.ofDays(8), 20))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EmergencyAccessSettings(Duration.ofHours(24), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
