/**
 * The planner's pages and API for placement runs, and which paths need which permission.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.placement.web;
