/**
 * The municipality's regie on inburgering: households and their members (inburgeraars, nareizigers,
 * children), and in later slices the brede intake, the PIP and contact moments.
 * {@link nl.verbinder.inburgering.Inburgering} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inburgering (regie)")
@org.jspecify.annotations.NullMarked
package nl.verbinder.inburgering;
