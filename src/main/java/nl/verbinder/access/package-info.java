/**
 * Who may do what, where: accounts, roles and municipality scope, login (local and OIDC),
 * and the processing log of who processed whose personal data.
 * {@link nl.verbinder.access.AccessControl} is the one place that grants access;
 * {@link nl.verbinder.access.ProcessingLog} records every processing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and processing log")
@org.jspecify.annotations.NullMarked
package nl.verbinder.access;
