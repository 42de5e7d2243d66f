/**
 * Talent-first matching of newcomers and opportunities (kansen: volunteering, sport, buddies, training,
 * internships, jobs): ranked by what someone can and wants to do, not by what is free first. Pure domain
 * logic without storage or web; {@link nl.verbinder.matching.TalentMatching} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent matching", allowedDependencies = { "shared", "reference" })
@org.jspecify.annotations.NullMarked
package nl.verbinder.matching;
