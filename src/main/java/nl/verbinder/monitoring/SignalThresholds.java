package nl.verbinder.monitoring;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of the signal rules per municipality, as the coordinator or
 * administrator sees and sets them: a municipality's own, or the region's defaults.
 * Thresholds are policy, not personal data; the change is kept with who made it and when.
 */
@Service
class SignalThresholds {

	private final ThresholdStore store;

	private final SignalSettings settings;

	private final AccessControl access;

	private final Clock clock;

	SignalThresholds(ThresholdStore store, SignalSettings settings, AccessControl access, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.access = access;
		this.clock = clock;
	}

	/** A municipality's thresholds, and whether they are its own. */
	record Setting(GemeenteCode gemeente, Thresholds thresholds, boolean own) {
	}

	/**
	 * The thresholds of each municipality in the caller's scope, in the scope's order.
	 */
	@Transactional(readOnly = true)
	List<Setting> inScope() {
		AccessScope scope = access.scopeFor(Permission.SIGNAL_THRESHOLDS_MANAGE);
		Map<String, Thresholds> own = store.all();
		Map<String, Setting> settingsInScope = new LinkedHashMap<>();
		for (String code : scope.gemeenteCodes()) {
			Thresholds t = own.get(code);
			settingsInScope.put(code,
					new Setting(GemeenteCode.of(code), t == null ? settings.defaults() : t, t != null));
		}
		return List.copyOf(settingsInScope.values());
	}

	/** Sets a municipality's own thresholds; validated by {@link Thresholds}. */
	@Transactional
	void set(GemeenteCode gemeente, List<Integer> values) {
		AccessScope scope = access.scopeFor(Permission.SIGNAL_THRESHOLDS_MANAGE);
		scope.require(gemeente);
		store.save(gemeente.value(), Thresholds.of(values), scope.actor().id().value(), clock.instant());
	}

}
