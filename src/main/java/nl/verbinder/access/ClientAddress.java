package nl.verbinder.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a login attempt comes from, as the key the login throttle counts by: an IPv4
 * address as it is, an IPv6 address as its /64 network (one household or device usually
 * holds a whole /64, and would otherwise have 2^64 addresses to spread its attempts
 * over).
 * <p>
 * The address is the servlet's remote address, which Spring Security copies into the
 * authentication's {@link WebAuthenticationDetails}. It is the peer of the TCP connection
 * unless the application is configured to sit behind a proxy
 * ({@code server.forward-headers-strategy}, see the README): only then does it come from
 * {@code X-Forwarded-For}, and only as the trusted proxy wrote it.
 */
record ClientAddress(String value) {

	/** For an attempt that carries no address (never one over HTTP). */
	static final ClientAddress UNKNOWN = new ClientAddress("unknown");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	/**
	 * Starts with a hex digit or colon: the JDK then parses it as a literal and never
	 * asks DNS.
	 */
	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

	ClientAddress {
		if (value.isBlank() || value.length() > 64) {
			throw new IllegalArgumentException("A client address has 1 to 64 characters");
		}
	}

	static ClientAddress of(@Nullable Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails web ? of(web.getRemoteAddress()) : UNKNOWN;
	}

	static ClientAddress of(@Nullable String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return UNKNOWN;
		}
		String address = remoteAddress.strip();
		if (IPV4.matcher(address).matches()) {
			return new ClientAddress(address);
		}
		String literal = address.replace("[", "").replace("]", "").replaceAll("%.*", "");
		if (literal.contains(":") && IPV6.matcher(literal).matches()) {
			// A literal with a colon that starts with a hex digit or colon parses or
			// fails; no DNS lookup.
			try {
				InetAddress parsed = InetAddress.getByName(literal);
				if (parsed instanceof Inet6Address) {
					byte[] network = Arrays.copyOf(parsed.getAddress(), 8);
					String hex = HexFormat.of().formatHex(network);
					return new ClientAddress(hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":"
							+ hex.substring(8, 12) + ":" + hex.substring(12, 16) + "::/64");
				}
				return new ClientAddress(parsed.getHostAddress());
			}
			catch (UnknownHostException | IllegalArgumentException e) {
				// Not an address after all: fall through and keep the text as the key.
			}
		}
		return new ClientAddress(address.length() > 64 ? address.substring(0, 64) : address);
	}

	@Override
	public String toString() {
		return value;
	}
}
