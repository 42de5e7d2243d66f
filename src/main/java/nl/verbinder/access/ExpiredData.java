package nl.verbinder.access;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Implemented by a module that keeps personal data with a retention period: the nightly
 * retention run asks it, once per municipality, to destroy (delete or anonymise) what it
 * keeps in its own tables whose period has passed on {@code today}. The run never reaches
 * into a module's tables itself. The call runs as Verbinder itself
 * ({@link BackgroundWork#callAsSystem}) for one municipality, with
 * {@link Permission#DATA_DESTROY}: the implementation takes its scope with
 * {@link AccessControl#scopeFor}, restricts row-level security to it, destroys, logs the
 * destruction in the processing log and answers what it destroyed, for the destruction
 * record. It must be idempotent: what is gone is not found again.
 */
public interface ExpiredData {

	/**
	 * Destroying personal data whose retention has passed: logged for the data subjects
	 * of what was destroyed, by the retention run.
	 */
	ProcessingActivity DESTRUCTION = new ProcessingActivity("access.vernietiging",
			"Vernietigen van gegevens na afloop van de bewaartermijn",
			"AVG art. 5 lid 1 sub e en art. 17; Archiefwet 1995 art. 3 en 5 (Selectielijst gemeenten)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.PROCESSING_LOG)
		.keptFor(Period.ofYears(5));

	List<Destruction> destroyExpired(LocalDate today);

}
