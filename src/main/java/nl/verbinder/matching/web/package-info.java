/**
 * The matching module's pages and API: controllers that call only the module's public beans; which
 * paths need which permission stays with the module (MatchingWeb).
 */
@NullMarked
package nl.verbinder.matching.web;

import org.jspecify.annotations.NullMarked;
