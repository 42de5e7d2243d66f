package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RoleAndScopeTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	@Test
	void policyReadersSeeFiguresButNoPersons() {
		assertThat(Role.POLICY_READER.may(Permission.AGGREGATES_READ)).isTrue();
		assertThat(Role.POLICY_READER.may(Permission.HOUSEHOLD_READ)).isFalse();
		assertThat(Role.ADMINISTRATOR.may(Permission.HOUSEHOLD_READ)).isFalse();
		assertThat(Role.CASE_MANAGER.may(Permission.HOUSEHOLD_WRITE)).isTrue();
	}

	@Test
	void aScopeCoversOnlyItsMunicipalities() {
		var actor = new Actor(AccountId.random(), "consulent.aalten", "A", Role.CASE_MANAGER, AALTEN);
		var scope = new AccessScope(actor, Permission.HOUSEHOLD_READ, Set.of(AALTEN));
		assertThat(scope.covers(AALTEN)).isTrue();
		assertThat(scope.covers(WINTERSWIJK)).isFalse();
		assertThatThrownBy(() -> scope.require(WINTERSWIJK)).isInstanceOf(AccessDeniedException.class);
		assertThat(scope.gemeenteCodes()).containsExactly("GM0197");
	}

	@Test
	void aRegionListsValidMunicipalityCodes() {
		assertThat(new Region("Achterhoek", List.of("GM0197", "GM0294")).contains(WINTERSWIJK)).isTrue();
		assertThatThrownBy(() -> new Region("X", List.of("Aalten"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Region("X", List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void processingLogHashesDependOnEveryFieldAndThePreviousHash() {
		var trace = UUID.randomUUID();
		Instant at = Instant.parse("2026-11-23T10:00:00.123456Z");
		String a = SealChain.hash(SealChain.GENESIS, trace, at, null, "x", "CASE_MANAGER", "GM0197", "act", "purpose",
				"basis", "READ", "person", "1");
		assertThat(a).hasSize(64)
			.isEqualTo(SealChain.hash(SealChain.GENESIS, trace, at, null, "x", "CASE_MANAGER", "GM0197", "act",
					"purpose", "basis", "READ", "person", "1"));
		assertThat(a).isNotEqualTo(SealChain.hash(SealChain.GENESIS, trace, at, null, "x", "CASE_MANAGER", "GM0197",
				"act", "purpose", "basis", "READ", "person", "2"));
		assertThat(a).isNotEqualTo(SealChain.hash("1".repeat(64), trace, at, null, "x", "CASE_MANAGER", "GM0197", "act",
				"purpose", "basis", "READ", "person", "1"));
		// Field boundaries matter: moving a character from one field to the next changes
		// the hash.
		assertThat(SealChain.hash(SealChain.GENESIS, trace, at, null, "xa", "b", null, "act", "p", "b", "READ",
				"person", "1"))
			.isNotEqualTo(SealChain.hash(SealChain.GENESIS, trace, at, null, "x", "ab", null, "act", "p", "b", "READ",
					"person", "1"));
	}

}
