package nl.verbinder.placement;

/**
 * One municipality's taakstelling (quota) for the period, in persons.
 *
 * @param code CBS code such as {@code GM0222}
 * @param quota persons the municipality is asked to house this period
 * @param filled persons already housed against this period's quota (outside this run)
 * @param tolerance how many persons it may go over (the quota is soft within about one household)
 * @param carryOver persons carried over from the previous period: positive = still owed, negative = housed ahead
 */
public record Taakstelling(String code, int quota, int filled, int tolerance, int carryOver) {

	/** What is still to be housed this period: quota + carry-over − filled (may be negative when ahead). */
	public int target() {
		return quota + carryOver - filled;
	}

	/** The most persons this run may place here: target + tolerance, never below zero. */
	public int capacity() {
		return Math.max(0, target() + tolerance);
	}
}
