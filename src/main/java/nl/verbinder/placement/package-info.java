/**
 * Placement of permit holders' households from the asylum centres (AZCs) over the municipalities within
 * their half-yearly taakstelling. The domain: the instance model and its JSON format, validation, the fit
 * model, a generator of national instances, the optimiser (transportation relaxation with OR-Tools' min-cost
 * flow, rounding and local search, a greedy baseline) and the command line ({@code placement solve|generate}),
 * which need no database. Around it the planner's work: placement runs stored in schema {@code placement},
 * solved in the background, explained per household, published (registering this region's households for
 * intake), with pages and an API. {@link nl.verbinder.placement.Plaatsing} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement")
@org.jspecify.annotations.NullMarked
package nl.verbinder.placement;
