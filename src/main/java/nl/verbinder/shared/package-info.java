/**
 * Value types shared by every module (municipality codes, periods, ...): records that
 * validate themselves. No beans, no state, no dependencies on other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types")
@org.jspecify.annotations.NullMarked
package nl.verbinder.shared;
