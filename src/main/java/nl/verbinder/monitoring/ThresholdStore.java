package nl.verbinder.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The thresholds that municipalities set for themselves (table {@code signal_threshold}).
 */
@Repository
class ThresholdStore {

	private static final String COLUMNS = "no_contact_days, pip_weeks, agreement_grace_days, draft_plan_months, "
			+ "referral_grace_days, partner_months, adult_months, max_organisations, start_days, norm_lessons, "
			+ "norm_months, drop_percent, drop_weeks, drop_min_lessons, term_months, ontzorgen_months, "
			+ "ontzorgen_follow_up_months";

	private final JdbcClient jdbc;

	ThresholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every municipality's own thresholds, by municipality code. */
	Map<String, Thresholds> all() {
		Map<String, Thresholds> all = new HashMap<>();
		jdbc.sql("select gemeente, " + COLUMNS + " from monitoring.signal_threshold").query(rs -> {
			Integer[] values = new Integer[Thresholds.LIMITS.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getInt(i + 2);
			}
			all.put(rs.getString("gemeente"), Thresholds.of(List.of(values)));
		});
		return all;
	}

	void save(String gemeente, Thresholds t, UUID by, Instant now) {
		jdbc.sql(
				"""
						insert into monitoring.signal_threshold (gemeente, %s, changed_by, changed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (gemeente) do update set
						  no_contact_days = excluded.no_contact_days, pip_weeks = excluded.pip_weeks,
						  agreement_grace_days = excluded.agreement_grace_days, draft_plan_months = excluded.draft_plan_months,
						  referral_grace_days = excluded.referral_grace_days, partner_months = excluded.partner_months,
						  adult_months = excluded.adult_months, max_organisations = excluded.max_organisations,
						  start_days = excluded.start_days, norm_lessons = excluded.norm_lessons,
						  norm_months = excluded.norm_months, drop_percent = excluded.drop_percent, drop_weeks = excluded.drop_weeks,
						  drop_min_lessons = excluded.drop_min_lessons, term_months = excluded.term_months, ontzorgen_months = excluded.ontzorgen_months,
						  ontzorgen_follow_up_months = excluded.ontzorgen_follow_up_months, changed_by = excluded.changed_by, changed_at = excluded.changed_at"""
					.formatted(COLUMNS))
			.params(gemeente, t.noContactDays(), t.pipWeeks(), t.agreementGraceDays(), t.draftPlanMonths(),
					t.referralGraceDays(), t.partnerMonths(), t.adultMonths(), t.maxOrganisations(), t.startDays(),
					t.normLessons(), t.normMonths(), t.dropPercent(), t.dropWeeks(), t.dropMinLessons(), t.termMonths(),
					t.ontzorgenMonths(), t.ontzorgenFollowUpMonths(), by, Timestamp.from(now))
			.update();
	}

}
