package nl.verbinder.access;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where passkeys are kept: Spring Security's JDBC repositories on the tables
 * {@code access.user_entities} and {@code access.user_credentials}. The repositories name
 * their tables without a schema, and every other table of Verbinder lives in its module's
 * schema; so each call runs in a transaction that puts {@code access} first on the search
 * path ({@code set local}, which ends with the transaction and so never outlives it on a
 * pooled connection). The relying party built on them is {@link PortalRelyingParty}.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyStore {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		return new Users(new AccessSchema(jdbc, transactions), new JdbcPublicKeyCredentialUserEntityRepository(jdbc));
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			AccessControl access, ProcessingLog log) {
		return new Credentials(new AccessSchema(jdbc, transactions), new JdbcUserCredentialRepository(jdbc), () -> log
			.record(AccountAdministration.ACCOUNTS, Operation.CREATE, DataSubject.account(access.currentActor().id())));
	}

	@Bean
	WebAuthnRelyingPartyOperations portalRelyingParty(PublicKeyCredentialUserEntityRepository passkeyUsers,
			UserCredentialRepository passkeyCredentials, PasskeySettings settings, Environment environment) {
		return new PortalRelyingParty(passkeyUsers, passkeyCredentials, settings,
				() -> environment.getProperty("local.server.port"));
	}

	/** Runs work with the {@code access} schema first on the search path. */
	record AccessSchema(JdbcTemplate jdbc, TransactionTemplate transaction) {

		AccessSchema(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
			this(jdbc, new TransactionTemplate(transactions));
		}

		<T> @Nullable T call(Supplier<@Nullable T> work) {
			return transaction.execute(status -> {
				jdbc.execute("set local search_path to access, public");
				return work.get();
			});
		}

		void run(Runnable work) {
			call(() -> {
				work.run();
				return null;
			});
		}

	}

	record Users(AccessSchema schema,
			PublicKeyCredentialUserEntityRepository repository) implements PublicKeyCredentialUserEntityRepository {

		@Override
		public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
			return schema.call(() -> repository.findById(id));
		}

		@Override
		public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
			return schema.call(() -> repository.findByUsername(username));
		}

		@Override
		public void save(PublicKeyCredentialUserEntity userEntity) {
			schema.run(() -> repository.save(userEntity));
		}

		@Override
		public void delete(Bytes id) {
			schema.run(() -> repository.delete(id));
		}

	}

	/**
	 * The credentials; a new one (made by the signed-in newcomer on the passkey page) is
	 * a change of their account's data and goes to the processing log with it. Saving a
	 * known one, as every login does to count its use, is not.
	 */
	record Credentials(AccessSchema schema, UserCredentialRepository repository,
			Runnable registered) implements UserCredentialRepository {

		@Override
		public void delete(Bytes credentialId) {
			schema.run(() -> repository.delete(credentialId));
		}

		@Override
		public void save(CredentialRecord credentialRecord) {
			schema.run(() -> {
				boolean added = repository.findByCredentialId(credentialRecord.getCredentialId()) == null;
				repository.save(credentialRecord);
				if (added) {
					registered.run();
				}
			});
		}

		@Override
		public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
			return schema.call(() -> repository.findByCredentialId(credentialId));
		}

		@Override
		public List<CredentialRecord> findByUserId(Bytes userId) {
			List<CredentialRecord> found = schema.call(() -> repository.findByUserId(userId));
			return found == null ? List.of() : found;
		}

	}

}
