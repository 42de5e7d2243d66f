/**
 * The key-person module's pages and API: controllers that call only the module's public beans; which
 * paths need which permission stays with the module (SleutelpersoonWeb).
 */
@NullMarked
package nl.verbinder.sleutelpersoon.web;

import org.jspecify.annotations.NullMarked;
