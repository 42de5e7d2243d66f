package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ClientAddressTests {

	@Test
	void keepsAnIpv4AddressAsItIs() {
		assertThat(ClientAddress.of("203.0.113.5").value()).isEqualTo("203.0.113.5");
	}

	@Test
	void countsAnIpv6AddressByItsSlash64Network() {
		ClientAddress one = ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
		ClientAddress other = ClientAddress.of("2001:0db8:0001:0002::1");
		assertThat(one).isEqualTo(other);
		assertThat(one.value()).isEqualTo("2001:0db8:0001:0002::/64");
		assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
		assertThat(ClientAddress.of("[2001:db8:1:2::9]")).isEqualTo(one);
	}

	@Test
	void treatsAnIpv4MappedIpv6AddressAsIpv4() {
		assertThat(ClientAddress.of("::ffff:203.0.113.5").value()).isEqualTo("203.0.113.5");
	}

	@Test
	void keepsTextThatIsNoAddressAsAKeyWithoutLookingItUp() {
		assertThat(ClientAddress.of("localhost").value()).isEqualTo("localhost");
		assertThat(ClientAddress.of("1:2:3").value()).isEqualTo("1:2:3");
		assertThat(ClientAddress.of("x".repeat(100)).value()).hasSize(64);
		assertThat(ClientAddress.of((String) null)).isEqualTo(ClientAddress.UNKNOWN);
	}

	@Test
	void takesTheServletsRemoteAddressFromTheAuthenticationDetails() {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("198.51.100.7");
		request.addHeader("X-Forwarded-For", "192.0.2.1");
		assertThat(ClientAddress.of(new WebAuthenticationDetails(request)).value()).isEqualTo("198.51.100.7");
		assertThat(ClientAddress.of((Object) null)).isEqualTo(ClientAddress.UNKNOWN);
	}

}
