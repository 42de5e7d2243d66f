package nl.verbinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts rows of tables under row-level security, in a transaction scoped to the whole
 * demo region.
 */
public final class RegionQueries {

	private static final String REGION = "GM0197,GM1859,GM1876,GM0222,GM1955,GM1586,GM1509,GM0294";

	private RegionQueries() {
	}

	public static long count(JdbcClient jdbc, PlatformTransactionManager transactions, String sql, Object... params) {
		Long count = new TransactionTemplate(transactions).execute(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', ?, true)").param(REGION).query().singleValue();
			return jdbc.sql(sql).params(params).query(Long.class).single();
		});
		return count == null ? 0 : count;
	}

}
