/**
 * The demo region: the eight Achterhoek municipalities with an account for every role and
 * realistic, generated households, all derived from one seed so that every start gives
 * the same region. Also the scalable generator for benchmark data
 * ({@code --households=N}). Refuses to run in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region")
@org.jspecify.annotations.NullMarked
package nl.verbinder.demo;
