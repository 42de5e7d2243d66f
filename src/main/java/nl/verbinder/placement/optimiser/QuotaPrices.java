package nl.verbinder.placement.optimiser;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The price of a taakstelling's remaining room: the dual of its load constraint in the LP
 * relaxation (OR-Tools' GLOP) of placing this week's households together with the
 * expected future ones within every municipality's remaining window. Persons are
 * divisible in the relaxation; each household (a future one weighted so that the pool
 * stands for the expected volume) spreads one unit over its 40 best municipalities, and
 * every municipality is also offered to the 10 households that value it most, so that the
 * lower ends of the windows can be reached. Missing a lower end costs
 * {@value #SHORT_PENALTY} points per person, which caps a price's subsidy.
 *
 * <p>
 * The relaxation's persons per municipality are returned too: where it would spend the
 * tolerances.
 *
 * <p>
 * A positive price is what a person placed there now costs the households still to come
 * (the room is wanted); a negative one is what the municipality must be paid to be filled
 * at all. A household's priced score at m is {@code score(m) − price(m)}.
 */
final class QuotaPrices {

	static final double SHORT_PENALTY = 100;

	private static final int BEST = 40;

	private static final int PER_MUNICIPALITY = 10;

	private QuotaPrices() {
	}

	/**
	 * @param price per municipality, in score points per person
	 * @param load persons per municipality in the relaxation (this week's and the
	 * expected future ones)
	 */
	record Prices(double[] price, double[] load) {
	}

	/**
	 * @param codes municipalities, in the order of the windows
	 * @param low least persons still to be placed per municipality (may be ≤ 0)
	 * @param high most persons still to be placed per municipality
	 * @param now this week's households (weight 1)
	 * @param future the forecast pool
	 * @param futureWeight how many expected households each pool household stands for
	 */
	static Prices prices(List<String> codes, int[] low, int[] high, List<Huishouden> now, List<Huishouden> future,
			double futureWeight) {
		Loader.loadNativeLibraries();
		int m = codes.size();
		List<Huishouden> hs = new ArrayList<>(now);
		hs.addAll(future);
		int n = hs.size();
		double[][] score = new double[n][m];
		boolean[][] offered = new boolean[n][m];
		for (int i = 0; i < n; i++) {
			Huishouden h = hs.get(i);
			Integer[] order = new Integer[m];
			for (int j = 0; j < m; j++) {
				score[i][j] = h.excluded().contains(codes.get(j)) ? -1 : h.score(codes.get(j));
				order[j] = j;
			}
			double[] s = score[i];
			Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
			for (int k = 0; k < BEST && k < m; k++) {
				offered[i][order[k]] = s[order[k]] >= 0;
			}
		}
		for (int j = 0; j < m; j++) {
			Integer[] order = new Integer[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			int jj = j;
			Arrays.sort(order, (a, b) -> Double.compare(score[b][jj], score[a][jj]));
			for (int k = 0; k < PER_MUNICIPALITY && k < n; k++) {
				offered[order[k]][j] = score[order[k]][j] >= 0;
			}
		}
		MPSolver solver = MPSolver.createSolver("GLOP");
		MPObjective objective = solver.objective();
		objective.setMinimization();
		MPConstraint[] load = new MPConstraint[m];
		List<List<MPVariable>> ys = new ArrayList<>();
		List<List<Double>> weights = new ArrayList<>();
		for (int j = 0; j < m; j++) {
			double hi = Math.max(0, high[j]);
			load[j] = solver.makeConstraint(Math.min(low[j], hi), hi);
			MPVariable shortBy = solver.makeNumVar(0, Math.max(0, low[j]), "");
			load[j].setCoefficient(shortBy, 1);
			objective.setCoefficient(shortBy, SHORT_PENALTY);
			ys.add(new ArrayList<>());
			weights.add(new ArrayList<>());
		}
		for (int i = 0; i < n; i++) {
			double persons = hs.get(i).size() * (i < now.size() ? 1 : futureWeight);
			MPConstraint once = solver.makeConstraint(1, 1);
			// a household the windows cannot take costs more than any fit
			MPVariable unplaced = solver.makeNumVar(0, 1, "");
			once.setCoefficient(unplaced, 1);
			objective.setCoefficient(unplaced, persons * 10 * SHORT_PENALTY);
			for (int j = 0; j < m; j++) {
				if (offered[i][j]) {
					MPVariable y = solver.makeNumVar(0, 1, "");
					once.setCoefficient(y, 1);
					load[j].setCoefficient(y, persons);
					objective.setCoefficient(y, -persons * score[i][j]);
					ys.get(j).add(y);
					weights.get(j).add(persons);
				}
			}
		}
		MPSolver.ResultStatus status = solver.solve();
		double[] price = new double[m];
		double[] persons = new double[m];
		if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
			for (int j = 0; j < m; j++) {
				// minimising −fit: a binding upper end has a negative dual (room is worth
				// fit), a binding lower end a positive one
				price[j] = -load[j].dualValue();
				for (int k = 0; k < ys.get(j).size(); k++) {
					persons[j] += ys.get(j).get(k).solutionValue() * weights.get(j).get(k);
				}
			}
		}
		solver.delete();
		return new Prices(price, persons);
	}

}
