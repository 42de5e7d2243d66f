package nl.verbinder.access;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

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

	/**
	 * A table written a row per method and permission, each row naming the patterns that
	 * need it (a page and its API, say), in the order given.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Writes a {@link PathPermissions} table row by row. */
	public static final class Builder {

		private final List<PathPermission> entries = new ArrayList<>();

		private Builder() {
		}

		/** GET requests to each pattern need {@code permission}. */
		public Builder get(Permission permission, String pattern, String... more) {
			return add(HttpMethod.GET, permission, pattern, more);
		}

		/** POST requests to each pattern need {@code permission}. */
		public Builder post(Permission permission, String pattern, String... more) {
			return add(HttpMethod.POST, permission, pattern, more);
		}

		/** PUT requests to each pattern need {@code permission}. */
		public Builder put(Permission permission, String pattern, String... more) {
			return add(HttpMethod.PUT, permission, pattern, more);
		}

		/** DELETE requests to each pattern need {@code permission}. */
		public Builder delete(Permission permission, String pattern, String... more) {
			return add(HttpMethod.DELETE, permission, pattern, more);
		}

		/** GET and POST requests to each pattern need {@code permission}. */
		public Builder getAndPost(Permission permission, String pattern, String... more) {
			for (String p : patterns(pattern, more)) {
				add(HttpMethod.GET, permission, p);
				add(HttpMethod.POST, permission, p);
			}
			return this;
		}

		/** Requests with any method to each pattern need {@code permission}. */
		public Builder any(Permission permission, String pattern, String... more) {
			return add(null, permission, pattern, more);
		}

		/**
		 * Requests with any method to each pattern need only a signed-in account of the
		 * kind the path serves.
		 */
		public Builder authenticated(String pattern, String... more) {
			return add(null, null, pattern, more);
		}

		/**
		 * Requests with {@code method} to each pattern need only a signed-in account of
		 * the kind the path serves.
		 */
		public Builder authenticated(HttpMethod method, String pattern, String... more) {
			return add(method, null, pattern, more);
		}

		public PathPermissions build() {
			return new PathPermissions(entries);
		}

		private Builder add(@Nullable HttpMethod method, @Nullable Permission permission, String pattern,
				String... more) {
			for (String p : patterns(pattern, more)) {
				entries.add(new PathPermission(method, p, permission));
			}
			return this;
		}

		private static List<String> patterns(String pattern, String... more) {
			List<String> all = new ArrayList<>(List.of(pattern));
			all.addAll(List.of(more));
			return all;
		}

	}
}
