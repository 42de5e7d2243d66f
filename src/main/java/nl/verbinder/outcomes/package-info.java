/**
 * Outcomes: the figures for policy and the coordinator. Outflow to work, education and
 * volunteer work 6, 12 and 24 months after moving in, the change per life domain between
 * the first and the latest broad intake, what providers delivered and cost, and what
 * newcomers say of them, per municipality, cohort and learning route, as charts with the
 * same numbers in tables and as CSV. It reads counts through the owners' APIs
 * ({@code inburgering.OutcomeFigures}, {@code inkoop.Costs}, {@code portal.Ratings}),
 * never a person, and suppresses every cell of fewer than five persons. No module calls
 * it; it has no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
@org.jspecify.annotations.NullMarked
package nl.verbinder.outcomes;
