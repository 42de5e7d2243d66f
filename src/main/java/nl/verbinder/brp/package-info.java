/**
 * The Basisregistratie Personen (BRP), asked through the Haal Centraal BRP Personen
 * bevragen API (version 2): a case manager who registers a household looks a person up by
 * BSN instead of typing what the BRP already knows. {@link nl.verbinder.brp.Brp} looks up
 * one person with their partners and children ({@link nl.verbinder.brp.BrpPerson}),
 * checks that the caller may register households, and records every lookup in the
 * processing log. Off unless {@code verbinder.brp.url} is configured. Stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "BRP (Haal Centraal)")
@org.jspecify.annotations.NullMarked
package nl.verbinder.brp;
