package nl.verbinder.access;

/**
 * A security principal that knows which {@link Actor} it stands for (local login or
 * OIDC).
 */
interface ActorPrincipal {

	Actor actor();

}
