package nl.verbinder.reference;

import java.util.List;
import nl.verbinder.shared.GemeenteCode;

/** One of the 35 labour-market regions, with its member municipalities. */
public record Arbeidsmarktregio(String code, String naam, List<GemeenteCode> gemeenten) {
}
