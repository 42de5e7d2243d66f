/**
 * The case manager's pages and API for households, intakes, PIPs, profiles and contact
 * moments, and which paths need which permission.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.inburgering.web;
