/**
 * Monitoring: signals that nobody drops out of view.
 * {@link nl.verbinder.monitoring.Signals} runs the signal rules (one small named record
 * per rule, each a {@link nl.verbinder.monitoring.SignalPolicy}, with thresholds per
 * municipality) over the facts that the inburgering and partner modules publish through
 * their APIs, nightly and on demand, keeps one signal per household and kind in schema
 * {@code monitoring}, closes it when its condition ends, and lets a case manager handle
 * it (the action taken) or dismiss it (with a reason). It listens and reads; no domain
 * module calls it. Pages and API beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
@org.jspecify.annotations.NullMarked
package nl.verbinder.monitoring;
