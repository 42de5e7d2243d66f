/**
 * The municipality's regie on inburgering: households and their members (inburgeraars,
 * nareizigers, children) with their person profiles, the brede intake over the 14 life
 * domains, the PIP with its versions, and contact moments with their agreements.
 * {@link nl.verbinder.inburgering.Inburgering} registers and reads households;
 * {@link nl.verbinder.inburgering.Profiles}, {@link nl.verbinder.inburgering.Intakes},
 * {@link nl.verbinder.inburgering.PipDecisions} and
 * {@link nl.verbinder.inburgering.Contacten} carry the other use cases; the read models
 * {@link nl.verbinder.inburgering.Caseload} and {@link nl.verbinder.inburgering.Timeline}
 * serve the worklist and the household's history. Publishes
 * {@link nl.verbinder.inburgering.PipEstablished} and
 * {@link nl.verbinder.inburgering.PipChanged}. Pages and API in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inburgering (regie)")
@org.jspecify.annotations.NullMarked
package nl.verbinder.inburgering;
