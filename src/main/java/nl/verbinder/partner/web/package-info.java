/**
 * Pages and API of the social map, a household's collaboration and the partner worker's
 * referrals, and which paths need which permission.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.partner.web;
