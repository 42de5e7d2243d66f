/**
 * The pages and API for opportunities, preferences and matches, and which paths need
 * which permission.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.matching.web;
