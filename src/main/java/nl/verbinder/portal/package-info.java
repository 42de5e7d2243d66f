/**
 * The newcomer's own portal: invitations with a one-time activation code, activation into
 * a newcomer's account, and the newcomer's own pages in their language (their plan, who
 * is involved, what is shared about them). It reads other modules only through their
 * public APIs ({@code OwnFile}, {@code OwnSharing}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal (the newcomer's own pages)")
@org.jspecify.annotations.NullMarked
package nl.verbinder.portal;
