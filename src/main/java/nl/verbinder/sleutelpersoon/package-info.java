/**
 * The regional pool of key persons (sleutelpersonen): who they are, which languages and
 * communities they bridge, where and how much they can work; requests from professionals
 * and the ranking of candidates for a request.
 * {@link nl.verbinder.sleutelpersoon.Sleutelpersonen} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key-person pool")
@org.jspecify.annotations.NullMarked
package nl.verbinder.sleutelpersoon;
