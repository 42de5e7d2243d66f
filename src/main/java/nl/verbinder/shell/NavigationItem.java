package nl.verbinder.shell;

import nl.verbinder.access.Permission;
import org.jspecify.annotations.Nullable;

/**
 * An entry in the main navigation, declared in the {@link NavigationItems} of the module
 * that owns the page. It is shown to accounts whose role holds {@code permission} (to
 * every account when null), ordered by {@code order}.
 */
public record NavigationItem(String messageKey, String path, @Nullable Permission permission, int order) {
}
