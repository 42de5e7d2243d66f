/**
 * The municipality's regie on inburgering: households and their members (inburgeraars, nareizigers,
 * children) with their person profiles, the brede intake over the 14 life domains, the PIP with its versions,
 * and contact moments with their agreements; the caseload and the household timeline.
 * {@link nl.verbinder.inburgering.Inburgering} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inburgering (regie)")
@org.jspecify.annotations.NullMarked
package nl.verbinder.inburgering;
