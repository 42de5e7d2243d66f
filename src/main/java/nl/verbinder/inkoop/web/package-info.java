/**
 * The purchasing module's pages and API: contracts ({@code /contracten}), the provider's
 * participants and reports ({@code /deelnemers}, {@code /api/v1/deelnemers}, the file
 * {@code /api/v1/aanwezigheid}), and a household's trajectories for its page.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.inkoop.web;
