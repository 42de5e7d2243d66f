package nl.verbinder.access;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * A module's declaration that requests to {@code pattern} (with {@code method}, or any
 * method when null) need {@code permission}; {@code permission} null means any signed-in
 * account of the kind the path serves (staff, or a newcomer under {@code /portaal} and
 * {@code /api/v1/portaal}). Each module declares its paths in one {@link PathPermissions}
 * table. Every path that no declaration names is denied, so a new endpoint without a
 * declaration fails closed. The module's service still asks {@link AccessControl} for the
 * municipality scope: this is the first wall, not the only one.
 */
public record PathPermission(@Nullable HttpMethod method, String pattern, @Nullable Permission permission) {

	public static PathPermission get(String pattern, Permission permission) {
		return new PathPermission(HttpMethod.GET, pattern, permission);
	}

	public static PathPermission post(String pattern, Permission permission) {
		return new PathPermission(HttpMethod.POST, pattern, permission);
	}

	public static PathPermission any(String pattern, Permission permission) {
		return new PathPermission(null, pattern, permission);
	}

	public static PathPermission authenticated(String pattern) {
		return new PathPermission(null, pattern, null);
	}

	public static PathPermission authenticated(HttpMethod method, String pattern) {
		return new PathPermission(method, pattern, null);
	}
}
