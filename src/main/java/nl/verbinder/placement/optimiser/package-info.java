/**
 * The placement problem without a database: the instance model (households, quotas) and
 * its JSON format, validation, the fit model, a generator of national instances, and the
 * optimiser (transportation relaxation with OR-Tools' min-cost flow, rounding and local
 * search, a greedy baseline) with the alternatives it explains. Internal to the placement
 * module: other modules never see these types.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.placement.optimiser;
