package nl.verbinder.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password hashes Verbinder computes, by what they were for:
 * {@code verbinder.password.hashes} with {@code operation=encode} (a password set) or
 * {@code operation=verify} (a login checked). Each is an Argon2id computation of some
 * tens of milliseconds, so the counter shows the processor spent on logins, and a steep
 * rise of {@code verify} shows someone guessing passwords.
 */
final class MeteredPasswordEncoder implements PasswordEncoder {

	static final String METER = "verbinder.password.hashes";

	private final PasswordEncoder delegate;

	private final Counter encoded;

	private final Counter verified;

	MeteredPasswordEncoder(PasswordEncoder delegate, MeterRegistry registry) {
		this.delegate = delegate;
		this.encoded = Counter.builder(METER)
			.tag("operation", "encode")
			.description("Password hashes computed")
			.register(registry);
		this.verified = Counter.builder(METER)
			.tag("operation", "verify")
			.description("Password hashes computed")
			.register(registry);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		encoded.increment();
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		verified.increment();
		return delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

}
