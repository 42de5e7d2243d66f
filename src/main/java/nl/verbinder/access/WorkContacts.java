package nl.verbinder.access;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a member of staff can be reached for their work: name, telephone, e-mail. Given to
 * whoever works with them on a task (a key person on a home visit reaches the case
 * manager). Work contact details of staff are not data of the people Verbinder serves.
 */
@Service
public class WorkContacts {

	/** A member of staff as others reach them for a task. */
	public record WorkContact(String naam, @Nullable String telefoon, @Nullable String email) {
	}

	private final JdbcClient jdbc;

	WorkContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<WorkContact> of(AccountId account) {
		return jdbc.sql("""
				select a.display_name, c.telefoon, c.email
				from access.account a left join access.work_contact c on c.account_id = a.id
				where a.id = ?""")
			.param(account.value())
			.query((rs, n) -> new WorkContact(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** Records or replaces how an account is reached for work. */
	@Transactional
	public void record(AccountId account, @Nullable String telefoon, @Nullable String email) {
		jdbc.sql("""
				insert into access.work_contact (account_id, telefoon, email) values (?, ?, ?)
				on conflict (account_id) do update set telefoon = excluded.telefoon, email = excluded.email""")
			.params(account.value(), telefoon, email)
			.update();
	}

}
