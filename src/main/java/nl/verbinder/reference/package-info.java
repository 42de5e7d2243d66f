/**
 * Reference data: municipalities with provinces, labour-market regions and coordinates,
 * languages, countries and ESCO occupations with the ISCO-08 hierarchy. Read-only, loaded
 * from the files in {@code classpath:reference/};
 * {@link nl.verbinder.reference.ReferenceData} is its one entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
@org.jspecify.annotations.NullMarked
package nl.verbinder.reference;
