package nl.verbinder.access;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of processing activities (verwerkingsregister, AVG art. 30), kept in the
 * application: every activity a module declares ({@link ProcessingActivities} beans),
 * stored in {@code access.processing_activity} the first time the log needs it, with
 * every earlier wording kept in {@code access.processing_activity_history}. Each activity
 * has a URI (the configured base and its id) by which the records of the processing log
 * and other systems refer to it.
 */
@Service
public class ProcessingRegister {

	/** One activity as the register holds it. */
	public record RegisteredActivity(String id, String uri, String purpose, String legalBasis,
			List<DataCategory> dataCategories, @Nullable Period retention, ProcessingActivity.Controller controller,
			Instant registeredAt, Instant changedAt) {

		/** The retention period in whole months, for the page; 0 if not stated. */
		public long retentionMonths() {
			return retention == null ? 0 : retention.toTotalMonths();
		}

	}

	private final JdbcClient jdbc;

	private final ObjectProvider<ProcessingActivities> declared;

	private final AccessControl access;

	private final ProcessingLogSettings settings;

	private final TransactionTemplate ownTransaction;

	private final Set<ProcessingActivity> stored = ConcurrentHashMap.newKeySet();

	private volatile boolean declaredStored;

	ProcessingRegister(JdbcClient jdbc, ObjectProvider<ProcessingActivities> declared, AccessControl access,
			ProcessingLogSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.declared = declared;
		this.access = access;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Makes sure the register holds this activity as the code declares it, before a
	 * record refers to it. Stored in a transaction of its own, so a processing that rolls
	 * back never takes the register's row with it.
	 */
	void ensure(ProcessingActivity activity) {
		if (!declaredStored) {
			storeDeclared();
		}
		if (!stored.contains(activity)) {
			ownTransaction.executeWithoutResult(status -> store(activity));
			stored.add(activity);
		}
	}

	private synchronized void storeDeclared() {
		if (declaredStored) {
			return;
		}
		List<ProcessingActivity> all = new ArrayList<>();
		declared.orderedStream().forEach(module -> all.addAll(module.activities()));
		ownTransaction.executeWithoutResult(status -> all.forEach(this::store));
		stored.addAll(all);
		declaredStored = true;
	}

	/**
	 * Inserts or updates the activity; a changed wording first goes to the history with
	 * the period it was valid.
	 */
	private void store(ProcessingActivity activity) {
		String[] categories = activity.dataCategories().stream().map(Enum::name).toArray(String[]::new);
		String retention = activity.retention() == null ? null : activity.retention().toString();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", activity.id());
		params.put("purpose", activity.purpose());
		params.put("basis", activity.legalBasis());
		params.put("categories", categories);
		params.put("retention", retention);
		params.put("controller", activity.controller().name());
		jdbc.sql("""
				insert into access.processing_activity_history
				  (id, purpose, legal_basis, data_categories, retention, controller, valid_from, valid_until)
				select id, purpose, legal_basis, data_categories, retention, controller, changed_at, now()
				from access.processing_activity
				where id = :id and (purpose, legal_basis, data_categories, retention, controller) is distinct from
				      (:purpose, :basis, cast(:categories as text[]), cast(:retention as text), :controller)""")
			.params(params)
			.update();
		jdbc.sql("""
				insert into access.processing_activity
				  (id, purpose, legal_basis, data_categories, retention, controller, registered_at, changed_at)
				values (:id, :purpose, :basis, cast(:categories as text[]), :retention, :controller, now(), now())
				on conflict (id) do update set purpose = excluded.purpose, legal_basis = excluded.legal_basis,
				  data_categories = excluded.data_categories, retention = excluded.retention,
				  controller = excluded.controller, changed_at = now()
				where (processing_activity.purpose, processing_activity.legal_basis,
				       processing_activity.data_categories, processing_activity.retention,
				       processing_activity.controller)
				      is distinct from (excluded.purpose, excluded.legal_basis, excluded.data_categories,
				       excluded.retention, excluded.controller)""").params(params).update();
	}

	/** The URI by which records and other systems refer to an activity. */
	public String uriOf(String activityId) {
		return settings.registerBaseUri() + activityId;
	}

	/**
	 * Every activity of the register, ordered by id. Needs
	 * {@link Permission#PROCESSING_LOG_READ}.
	 */
	public List<RegisteredActivity> activities() {
		access.scopeFor(Permission.PROCESSING_LOG_READ);
		if (!declaredStored) {
			storeDeclared();
		}
		return jdbc.sql("""
				select id, purpose, legal_basis, data_categories, retention, controller, registered_at, changed_at
				from access.processing_activity order by id""")
			.query((rs, n) -> new RegisteredActivity(rs.getString("id"), uriOf(rs.getString("id")),
					rs.getString("purpose"), rs.getString("legal_basis"), categories(rs.getArray("data_categories")),
					rs.getString("retention") == null ? null : Period.parse(rs.getString("retention")),
					controller(rs.getString("controller")), rs.getTimestamp("registered_at").toInstant(),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private static List<DataCategory> categories(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(DataCategory::valueOf).sorted().toList();
	}

	private static ProcessingActivity.Controller controller(@Nullable String name) {
		return name == null ? ProcessingActivity.Controller.MUNICIPALITY : ProcessingActivity.Controller.valueOf(name);
	}

	/** The register as CSV (RFC 4180), for a spreadsheet or another register. */
	public String csv() {
		StringBuilder csv = new StringBuilder(
				"id,uri,purpose,legalBasis,dataCategories,retention,controller,registeredAt,changedAt\r\n");
		for (RegisteredActivity a : activities()) {
			List<String> fields = List.of(a.id(), a.uri(), a.purpose(), a.legalBasis(),
					String.join(";", a.dataCategories().stream().map(Enum::name).toList()),
					a.retention() == null ? "" : a.retention().toString(), a.controller().name(),
					a.registeredAt().toString(), a.changedAt().toString());
			csv.append(String.join(",", fields.stream().map(ProcessingRegister::quoted).toList())).append("\r\n");
		}
		return csv.toString();
	}

	private static String quoted(String field) {
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
