/** The case manager's appointment pages and API. */
@org.jspecify.annotations.NullMarked
package nl.verbinder.appointment.web;
