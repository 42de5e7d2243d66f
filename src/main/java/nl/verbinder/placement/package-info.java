/**
 * Placement of permit holders' households from the asylum centres (AZCs) over the
 * municipalities within their half-yearly taakstelling.
 * {@link nl.verbinder.placement.Plaatsing} is the planner's work: placement runs stored
 * in schema {@code placement}, solved in the background, explained per household, and
 * published (registering this region's households for intake). The problem itself, which
 * needs no database (instance model and JSON format, validation, fit model, generator,
 * optimiser), is internal in {@code optimiser};
 * {@link nl.verbinder.placement.PlacementCli} is its command line
 * ({@code placement solve|generate|check|simulate}). Pages and API in {@code web}. No
 * other module calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement")
@org.jspecify.annotations.NullMarked
package nl.verbinder.placement;
