/**
 * Notifications: the domain events that other systems need (a household registered, a
 * plan established, a referral accepted, a placement published, a household of the
 * municipality opened by emergency access) go out as CloudEvents after the NL GOV profile
 * to the configured subscribers. A listener per event writes one row per subscriber into
 * the outbox in schema {@code notification}; a scheduled sender, claimed per row by one
 * node, delivers it with retries and backoff, and after the last attempt keeps it as a
 * dead letter that an administrator may send again. Events carry ids and a link to the
 * API resource, never names or BSNs. It listens; no module calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
@org.jspecify.annotations.NullMarked
package nl.verbinder.notification;
