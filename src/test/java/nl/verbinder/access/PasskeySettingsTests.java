package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasskeySettingsTests {

	@Test
	void onLocalhostThePortTheServerListensOnIsAnOriginToo() {
		var local = new PasskeySettings("localhost", "Verbinder", List.of("http://localhost:8080"));
		assertThat(PortalRelyingParty.origins(local, "41234")).containsExactly("http://localhost:8080",
				"http://localhost:41234");
		assertThat(PortalRelyingParty.origins(local, null)).containsExactly("http://localhost:8080");
	}

	@Test
	void elsewhereOnlyTheConfiguredOriginsCount() {
		var deployed = new PasskeySettings("verbinder.achterhoek.nl", "Verbinder Achterhoek",
				List.of("https://verbinder.achterhoek.nl"));
		assertThat(PortalRelyingParty.origins(deployed, "8080")).containsExactly("https://verbinder.achterhoek.nl");
	}

	@Test
	void refusesARelyingPartyWithoutAnId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PasskeySettings(" ", "Verbinder", List.of()));
	}

}
