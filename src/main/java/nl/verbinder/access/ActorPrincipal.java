package nl.verbinder.access;

/**
 * A security principal that knows which {@link Actor} it stands for (local login, OIDC or
 * a bearer token).
 */
interface ActorPrincipal {

	Actor actor();

	/**
	 * Whether this principal may exercise the permission: what its role allows, narrowed
	 * by a bearer token to the token's scopes ({@link TokenPrincipal}).
	 */
	default boolean may(Permission permission) {
		return actor().role().may(permission);
	}

}
