/**
 * Appointments with a household member: the case manager plans them (kind, time, place or
 * video or phone, who will be there, interpreter or key person); the newcomer confirms or
 * asks for another time in the portal; a reminder mail goes out the day before. It
 * publishes {@code Appointments} (staff), {@code OwnAppointments} (the portal's) and the
 * views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments")
@org.jspecify.annotations.NullMarked
package nl.verbinder.appointment;
