package nl.verbinder.access;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The region this deployment serves: a name and its municipalities
 * ({@code verbinder.region.*}). Accounts belong to one of these municipalities or to the
 * region as a whole.
 */
@ConfigurationProperties("verbinder.region")
public record Region(String name, List<String> gemeenten) {

	public Region {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("verbinder.region.name must be set");
		}
		if (gemeenten == null || gemeenten.isEmpty()) {
			throw new IllegalArgumentException("verbinder.region.gemeenten must list at least one municipality");
		}
		gemeenten.forEach(GemeenteCode::of);
		gemeenten = List.copyOf(gemeenten);
	}

	public Set<GemeenteCode> gemeenteCodes() {
		var codes = new TreeSet<GemeenteCode>();
		gemeenten.forEach(g -> codes.add(GemeenteCode.of(g)));
		return codes;
	}

	public boolean contains(GemeenteCode gemeente) {
		return gemeenteCodes().contains(gemeente);
	}
}
