/**
 * Talent-first matching of newcomers and opportunities (kansen: volunteering, sport,
 * buddies, training, internships, jobs): ranked by what someone can and wants to do, not
 * by what is free first. The opportunities of the region, people's preferences for
 * matching, ranked opportunities and candidates with their reasons, and referrals to an
 * opportunity (through the partner module, so with a basis for sharing).
 * {@link nl.verbinder.matching.Matching} is the module's API;
 * {@link nl.verbinder.matching.TalentMatching} the algorithm.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent matching")
@org.jspecify.annotations.NullMarked
package nl.verbinder.matching;
