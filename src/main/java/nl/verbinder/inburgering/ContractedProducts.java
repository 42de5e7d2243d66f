package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;

/**
 * The contracted products a plan's activity can refer to, which a module that keeps
 * contracts implements (the purchasing module). The interface lives here so that the
 * dependency runs one way: purchasing builds on the household module, not the other way.
 */
public interface ContractedProducts {

	/**
	 * A product one can choose for an activity: its id and how to name it (provider and
	 * product, in the provider's words).
	 */
	record Choice(UUID productId, String aanbieder, String omschrijving) {
	}

	/** Products of contracts that cover {@code gemeente} and run on {@code on}. */
	List<Choice> choosable(GemeenteCode gemeente, LocalDate on);

}
