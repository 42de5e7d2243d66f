/**
 * Purchased trajectories (inkoop) and the providers' reports on them. A municipality or
 * the region contracts providers of the social map for products (B1 route,
 * onderwijsroute, Z-route, PVT, MAP, workshops, language buddies, job coaching) with a
 * price per trajectory or per hour, a period and a capacity
 * ({@link nl.verbinder.inkoop.Contracts}); a contracted provider's partner worker reports
 * on the participants referred to it: attendance, results, progress and the ending, one
 * by one or as a CSV file ({@link nl.verbinder.inkoop.Reporting}); the case manager sees
 * a household's trajectories and their costs ({@link nl.verbinder.inkoop.Trajectories}),
 * and figures read the costs per newcomer ({@link nl.verbinder.inkoop.Costs}). Publishes
 * {@link nl.verbinder.inkoop.AttendanceReported} (per row) and
 * {@link nl.verbinder.inkoop.HouseholdAttendanceReported} (per household of a report),
 * {@link nl.verbinder.inkoop.ExamResultRecorded} and
 * {@link nl.verbinder.inkoop.TrajectoryEnded}; offers the PIP its contracted products
 * through {@link nl.verbinder.inburgering.ContractedProducts}. Pages and API in
 * {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchasing and provider reports")
@org.jspecify.annotations.NullMarked
package nl.verbinder.inkoop;
