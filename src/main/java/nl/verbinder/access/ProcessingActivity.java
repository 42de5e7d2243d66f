package nl.verbinder.access;

import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A processing activity of the register of processing activities (verwerkingsregister,
 * AVG art. 30): its identifier, its purpose, the legal basis it rests on, the categories
 * of personal data it processes, how long those are kept and who is the controller.
 * Modules declare theirs as constants and list them in a {@link ProcessingActivities}
 * bean; the {@link ProcessingRegister} keeps them in the database, and a record of the
 * processing log refers to its activity by id only.
 *
 * @param retention how long the data and the log records of this activity are kept after
 * the end of the relation it serves (the inburgering obligation, the key person's
 * membership of the pool, the account); {@code null} while not stated
 */
public record ProcessingActivity(String id, String purpose, String legalBasis, SortedSet<DataCategory> dataCategories,
		@Nullable Period retention, Controller controller) {

	/** Who decides on the purpose and means of the processing (AVG art. 4 sub 7). */
	public enum Controller {

		/**
		 * The college of burgemeester en wethouders of the data subject's municipality.
		 */
		MUNICIPALITY,

		/**
		 * The colleges of the region's municipalities together (joint controllers, AVG
		 * art. 26): the key-person pool and placement serve the whole region.
		 */
		REGION

	}

	public ProcessingActivity {
		if (id == null || !id.matches("[a-z][a-z0-9.-]{2,63}")) {
			throw new IllegalArgumentException("A processing activity id is lower-case, like 'inburgering.regie'");
		}
		if (purpose == null || purpose.isBlank() || legalBasis == null || legalBasis.isBlank()) {
			throw new IllegalArgumentException("A processing activity names its purpose and legal basis");
		}
		if (retention != null && (retention.isNegative() || retention.isZero())) {
			throw new IllegalArgumentException("A retention period is positive");
		}
		dataCategories = new TreeSet<>(dataCategories);
	}

	/**
	 * An activity with purpose and legal basis; its data categories and retention are
	 * added with {@link #concerning} and {@link #keptFor}. The municipality is its
	 * controller unless {@link #controlledBy} says otherwise.
	 */
	public ProcessingActivity(String id, String purpose, String legalBasis) {
		this(id, purpose, legalBasis, new TreeSet<>(), null, Controller.MUNICIPALITY);
	}

	/** This activity, processing these categories of personal data. */
	public ProcessingActivity concerning(DataCategory... categories) {
		Set<DataCategory> all = categories.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(categories));
		return new ProcessingActivity(id, purpose, legalBasis, new TreeSet<>(all), retention, controller);
	}

	/** This activity, keeping its data for the given period. */
	public ProcessingActivity keptFor(Period period) {
		return new ProcessingActivity(id, purpose, legalBasis, dataCategories, period, controller);
	}

	/** This activity, under the given controller. */
	public ProcessingActivity controlledBy(Controller by) {
		return new ProcessingActivity(id, purpose, legalBasis, dataCategories, retention, by);
	}

}
