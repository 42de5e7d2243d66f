/**
 * Monitoring: signals that nobody drops out of view.
 * {@link nl.verbinder.monitoring.Signals} runs the signal rules (small named policies in
 * {@link nl.verbinder.monitoring.SignalPolicy}) over the facts that the inburgering
 * module publishes through its API, nightly and on demand, keeps one open signal per
 * household and kind in schema {@code monitoring}, closes it when its condition ends, and
 * lets a case manager acknowledge it with a note. It listens and reads; no domain module
 * calls it. Pages and API beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
@org.jspecify.annotations.NullMarked
package nl.verbinder.monitoring;
