/**
 * The key-person pages and API: requests, the key person's own work, advice, the pool;
 * and which paths need which permission.
 */
@org.jspecify.annotations.NullMarked
package nl.verbinder.sleutelpersoon.web;
