package nl.verbinder.placement.optimiser;

import java.util.Arrays;

/**
 * One municipality's taakstelling (quota) for the period, in persons.
 *
 * @param code CBS code such as {@code GM0222}
 * @param quota persons the municipality is asked to house this period
 * @param filled persons already housed against this period's quota (outside this run)
 * @param tolerance how many persons it may go over (the quota is soft within about one
 * household)
 * @param carryOver persons carried over from the previous period: positive = still owed,
 * negative = housed ahead
 */
public record Taakstelling(String code, int quota, int filled, int tolerance, int carryOver) {

	/**
	 * What is still to be housed this period: quota + carry-over − filled (may be
	 * negative when ahead).
	 */
	public int target() {
		return quota + carryOver - filled;
	}

	/** The most persons this run may place here: target + tolerance, never below zero. */
	public int capacity() {
		return Math.max(0, target() + tolerance);
	}

	/**
	 * {@code total} persons shared out in proportion to {@code weights} (inhabitants) by
	 * largest remainders: every share is the floor of its exact part, and the persons
	 * left go to the largest remainders (ties by index). The shares sum to {@code total}.
	 */
	public static int[] proportional(long total, double[] weights) {
		double sum = 0;
		for (double w : weights) {
			sum += w;
		}
		int n = weights.length;
		int[] shares = new int[n];
		double[] remainder = new double[n];
		long given = 0;
		for (int j = 0; j < n; j++) {
			double exact = total * weights[j] / sum;
			shares[j] = (int) Math.floor(exact);
			remainder[j] = exact - shares[j];
			given += shares[j];
		}
		Integer[] order = new Integer[n];
		for (int j = 0; j < n; j++) {
			order[j] = j;
		}
		Arrays.sort(order, (x, y) -> remainder[y] != remainder[x] ? Double.compare(remainder[y], remainder[x]) : x - y);
		for (int k = 0; given < total; k++, given++) {
			shares[order[k % n]]++;
		}
		return shares;
	}
}
