package nl.verbinder.shell;

import java.util.List;

/**
 * One module's entries in the main navigation, declared as one bean by the module that
 * owns the pages.
 */
public record NavigationItems(List<NavigationItem> items) {

	public NavigationItems {
		items = List.copyOf(items);
	}

	public static NavigationItems of(NavigationItem... items) {
		return new NavigationItems(List.of(items));
	}
}
