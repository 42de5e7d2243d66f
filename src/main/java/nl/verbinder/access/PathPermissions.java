package nl.verbinder.access;

import java.util.List;

/**
 * One module's table of {@link PathPermission}s: which of its paths need which
 * permission, read from top to bottom. Each module declares one such bean in its web
 * configuration; the security configuration applies the tables in bean order, so within a
 * table an entry comes before a broader pattern it narrows.
 */
public record PathPermissions(List<PathPermission> entries) {

	public PathPermissions {
		entries = List.copyOf(entries);
	}

	public static PathPermissions of(PathPermission... entries) {
		return new PathPermissions(List.of(entries));
	}
}
