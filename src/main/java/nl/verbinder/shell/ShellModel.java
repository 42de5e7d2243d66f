package nl.verbinder.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Actor;
import nl.verbinder.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the layout needs to every page: the actor, the navigation for its role, the region. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final AccessControl access;
	private final ReferenceData reference;
	private final List<NavigationItem> navigation;

	ShellModel(AccessControl access, ReferenceData reference, List<NavigationItem> navigation) {
		this.access = access;
		this.reference = reference;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("actor")
	Actor actor() {
		return access.findCurrentActor().orElse(null);
	}

	/** The display name of the actor's municipality, or null for regional accounts and anonymous visitors. */
	@ModelAttribute("actorGemeenteName")
	String actorGemeenteName() {
		return access.findCurrentActor()
			.filter(a -> a.gemeente() != null)
			.flatMap(a -> reference.gemeente(a.gemeente()))
			.map(g -> g.displayName())
			.orElse(null);
	}

	/** Display names of the region's municipalities, by code. */
	@ModelAttribute("gemeenteNames")
	java.util.Map<String, String> gemeenteNames() {
		var names = new java.util.LinkedHashMap<String, String>();
		access.region()
			.gemeenteCodes()
			.forEach(code -> reference.gemeente(code).ifPresent(g -> names.put(code.value(), g.displayName())));
		return names;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Optional<Actor> actor = access.findCurrentActor();
		if (actor.isEmpty()) {
			return List.of();
		}
		return navigation.stream()
			.filter(item -> item.permission() == null || actor.get().role().may(item.permission()))
			.toList();
	}

	@ModelAttribute("regionName")
	String regionName() {
		return access.region().name();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
