package nl.verbinder.shell;

import java.util.List;
import nl.verbinder.access.Region;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the configured region names a municipality that does not exist.
 */
@Component
class RegionCheck {

	RegionCheck(Region region, ReferenceData reference) {
		List<GemeenteCode> unknown = region.gemeenteCodes().stream().filter(code -> !reference.exists(code)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("verbinder.region.gemeenten names unknown municipalities: " + unknown);
		}
	}

}
