package nl.verbinder.portal;

import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shell.PortalLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.sql.Timestamp;
import java.util.Date;

/**
 * Portal invitations: the case manager invites an adult member of a household in their
 * scope; the invitation carries a one-time activation code (shown once, on the letter,
 * and stored as a hash), valid 30 days and revocable; one invitation per person is open
 * at a time (a new one revokes the earlier). Activation with the code opens the
 * newcomer's account with the password they choose, and links it to the person.
 * <p>
 * Eight collaborators, on purpose: inviting and activating are one transaction that spans
 * the household (to check the person is an adult member in scope), the account (opened at
 * activation), the newcomer's link to the person, the throttle against guessing and the
 * processing log. Splitting invitation from activation would put the code's life cycle
 * (issued, used, revoked, expired) in two places.
 */
@Service
public class Invitations {

	/** Inviting a newcomer to their own pages. */
	public static final ProcessingActivity INVITING = new ProcessingActivity("portal.uitnodiging",
			"Uitnodigen van een nieuwkomer voor het eigen portaal",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.ACCOUNT)
		.keptFor(Period.ofYears(1));

	static final Duration VALID = Duration.ofDays(30);

	/**
	 * An invitation as the case manager sees it (never with its code, which only the
	 * letter shows once).
	 */
	public record Invitation(UUID id, UUID personId, String username, String language, Instant createdAt,
			Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant activatedAt) {

		public Status status(Instant now) {
			if (activatedAt != null) {
				return Status.ACTIVATED;
			}
			if (revokedAt != null) {
				return Status.REVOKED;
			}
			return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
		}
	}

	public enum Status {

		OPEN, ACTIVATED, REVOKED, EXPIRED

	}

	/** A new invitation with its code, which exists in plain text only in this answer. */
	public record Issued(Invitation invitation, String code, String voornaam, String achternaam) {
	}

	/**
	 * Too many wrong codes from this address, or of this code or in the whole region from
	 * elsewhere: try again after {@link #until()}.
	 */
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	public static class Throttled extends RuleViolation {

		private final Instant until;

		Throttled(Instant until, boolean ownAddress) {
			super(ownAddress ? "rule.activation.throttled" : "rule.activation.busy", Date.from(until));
			this.until = until;
		}

		public Instant until() {
			return until;
		}

	}

	private final JdbcClient jdbc;

	private final Inburgering inburgering;

	private final AccessControl access;

	private final AccountAdministration accounts;

	private final Newcomers newcomers;

	private final ActivationThrottle throttle;

	private final ProcessingLog log;

	private final Clock clock;

	Invitations(JdbcClient jdbc, Inburgering inburgering, AccessControl access, AccountAdministration accounts,
			Newcomers newcomers, ActivationThrottle throttle, ProcessingLog log, Clock clock) {
		this.jdbc = jdbc;
		this.inburgering = inburgering;
		this.access = access;
		this.accounts = accounts;
		this.newcomers = newcomers;
		this.throttle = throttle;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Invites an adult member of a household in the case manager's scope, with the
	 * letter's language. Refused for a minor, for someone whose invitation is activated
	 * already and for a language the portal does not speak. An earlier open invitation of
	 * the person is revoked.
	 */
	@Transactional
	public Issued invite(HouseholdId householdId, UUID personId, String language) {
		return invite(householdId, personId, language, null);
	}

	/**
	 * Invites with a login name chosen by the caller (the demo region, whose newcomers'
	 * names are in the README), or one made from the first name when {@code username} is
	 * null.
	 */
	@Transactional
	public Issued invite(HouseholdId householdId, UUID personId, String language, @Nullable String username) {
		HouseholdView household = inburgering.household(householdId);
		AccessScope scope = access.scopeFor(Permission.HOUSEHOLD_WRITE);
		scope.require(new GemeenteCode(household.gemeente()));
		HouseholdView.MemberView member = household.member(personId);
		if (member.geboortedatum().isAfter(LocalDate.now(clock).minusYears(18))) {
			throw new RuleViolation("rule.invitation.minor", member.voornaam());
		}
		PortalLanguage letter = PortalLanguage.of(language)
			.orElseThrow(() -> new RuleViolation("rule.invitation.language"));
		if (newcomers.activated(personId)) {
			throw new RuleViolation("rule.invitation.activated-already", member.voornaam());
		}
		Instant now = clock.instant();
		jdbc.sql("""
				update portal.invitation set revoked_at = ?, revoked_by = ?
				where person_id = ? and revoked_at is null and activated_at is null""")
			.params(Timestamp.from(now), scope.actor().id().value(), personId)
			.update();
		ActivationCode code = ActivationCode.random();
		var invitation = new Invitation(UUID.randomUUID(), personId,
				username == null ? username(member.voornaam()) : username, letter.tag(), now, now.plus(VALID), null,
				null);
		jdbc.sql("""
				insert into portal.invitation (id, person_id, household_id, gemeente, username, language, code_hash,
				  created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(invitation.id(), personId, householdId.value(), household.gemeente(), invitation.username(),
					invitation.language(), code.hash(), scope.actor().id().value(), Timestamp.from(now),
					Timestamp.from(invitation.expiresAt()))
			.update();
		log.record(INVITING, Operation.CREATE, List.of(DataSubject.person(personId)));
		return new Issued(invitation, code.grouped(), member.voornaam(), member.achternaam());
	}

	/** The household's invitations, newest first. */
	@Transactional
	public List<Invitation> ofHousehold(HouseholdId householdId) {
		inburgering.household(householdId);
		return jdbc.sql("""
				select id, person_id, username, language, created_at, expires_at, revoked_at, activated_at
				from portal.invitation where household_id = ? order by created_at desc""")
			.param(householdId.value())
			.query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
					instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
			.list();
	}

	/**
	 * Revokes an open invitation of a household in scope: its code no longer works; "not
	 * found" for others.
	 */
	@Transactional
	public void revoke(UUID invitationId) {
		UUID household = jdbc.sql("select household_id from portal.invitation where id = ?")
			.param(invitationId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No invitation " + invitationId));
		revoke(new HouseholdId(household), invitationId);
	}

	/** Revokes an open invitation of a household in scope: its code no longer works. */
	@Transactional
	public void revoke(HouseholdId householdId, UUID invitationId) {
		HouseholdView household = inburgering.household(householdId);
		AccessScope scope = access.scopeFor(Permission.HOUSEHOLD_WRITE);
		scope.require(new GemeenteCode(household.gemeente()));
		Invitation invitation = ofHousehold(householdId).stream()
			.filter(i -> i.id().equals(invitationId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No invitation " + invitationId + " for this household"));
		if (invitation.status(clock.instant()) != Status.OPEN) {
			throw new RuleViolation("rule.invitation.not-open");
		}
		jdbc.sql(
				"update portal.invitation set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null and activated_at is null")
			.params(Timestamp.from(clock.instant()), scope.actor().id().value(), invitationId)
			.update();
		log.record(INVITING, Operation.UPDATE, List.of(DataSubject.person(invitation.personId())));
	}

	/**
	 * Activates an invitation with its code: opens the newcomer's account with the chosen
	 * password and links it to the person. A wrong, used, revoked or expired code gets
	 * one answer and counts against the address. Returns the login name.
	 */
	@Transactional
	public String activate(@Nullable String typedCode, @Nullable String password, @Nullable String passwordAgain,
			String address) {
		return activate(typedCode, password, passwordAgain, address, false);
	}

	/**
	 * Activates a demo newcomer's invitation: the account is a demo account, refused
	 * under production.
	 */
	@Transactional
	public String activateDemo(String code, String password) {
		return activate(code, password, password, "demo", true);
	}

	private String activate(@Nullable String typedCode, @Nullable String password, @Nullable String passwordAgain,
			String address, boolean demo) {
		ActivationCode code = ActivationCode.typed(typedCode);
		Optional<ActivationThrottle.Wait> wait = throttle.waitUntil(address, code == null ? null : code.hash());
		if (wait.isPresent()) {
			throw new Throttled(wait.get().until(), wait.get().ownAddress());
		}
		record Open(UUID id, UUID personId, UUID householdId, String gemeente, String username, String language) {
		}
		Optional<Open> found = code == null ? Optional.empty()
				: jdbc.sql("""
						select id, person_id, household_id, gemeente, username, language from portal.invitation
						where code_hash = ? and revoked_at is null and activated_at is null and expires_at > ?""")
					.params(code.hash(), Timestamp.from(clock.instant()))
					.query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6)))
					.optional();
		if (found.isEmpty()) {
			throw wrongCode(address, code);
		}
		if (password == null || password.length() < AccountAdministration.MIN_PASSWORD) {
			throw new RuleViolation("rule.activation.password-short", AccountAdministration.MIN_PASSWORD);
		}
		if (!password.equals(passwordAgain)) {
			throw new RuleViolation("rule.activation.passwords-differ");
		}
		Open invitation = found.get();
		Instant now = clock.instant();
		int claimed = jdbc.sql(
				"update portal.invitation set activated_at = ? where id = ? and activated_at is null and revoked_at is null")
			.params(Timestamp.from(now), invitation.id())
			.update();
		if (claimed == 0 || newcomers.activated(invitation.personId())) {
			throw wrongCode(address, code);
		}
		String username = invitation.username();
		while (accounts.usernameTaken(username)) {
			username = invitation.username() + ThreadLocalRandom.current().nextInt(10);
		}
		AccountId account = accounts.openNewcomer(username, username, new GemeenteCode(invitation.gemeente()), password,
				demo);
		jdbc.sql("update portal.invitation set account_id = ? where id = ?")
			.params(account.value(), invitation.id())
			.update();
		newcomers.insert(account.value(), invitation.personId(), invitation.householdId(), invitation.gemeente(),
				PortalLanguage.of(invitation.language()).orElse(PortalLanguage.NL), now);
		return username;
	}

	/**
	 * The person the signed-in newcomer is (the demo region answers their questions by
	 * it).
	 */
	public UUID personOfCurrentNewcomer() {
		return newcomers.current().personId();
	}

	private RuntimeException wrongCode(String address, @Nullable ActivationCode code) {
		throttle.failed(address, code == null ? null : code.hash());
		return new RuleViolation("rule.activation.code");
	}

	/**
	 * A login name from the first name: its letters without accents, a dot and four
	 * digits (amina.4821).
	 */
	static String username(String voornaam) {
		String folded = Normalizer.normalize(voornaam, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]", "");
		if (folded.length() < 2) {
			folded = "nieuwkomer";
		}
		if (folded.length() > 20) {
			folded = folded.substring(0, 20);
		}
		return folded + "." + (1000 + ThreadLocalRandom.current().nextInt(9000));
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
