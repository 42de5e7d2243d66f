/**
 * Placement of permit holders' households from the asylum centres (AZCs) over the municipalities within
 * their half-yearly taakstelling: the instance model and its JSON format, validation, a generator of national
 * instances, the optimiser (transportation relaxation with OR-Tools' min-cost flow, rounding and local search,
 * a greedy baseline) and the command line ({@code placement solve|generate}). Pure domain: no database, no web.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement")
@org.jspecify.annotations.NullMarked
package nl.verbinder.placement;
