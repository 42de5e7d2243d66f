package nl.verbinder.placement.optimiser;

import java.util.List;

/**
 * One placement run: the period's taakstellingen and the households to place.
 *
 * @param period free text such as {@code 2027-H1}
 * @param gemeenten one taakstelling per municipality, codes unique
 * @param huishoudens households, ids unique
 */
public record PlacementInstance(String period, List<Taakstelling> gemeenten, List<Huishouden> huishoudens) {

	public PlacementInstance {
		gemeenten = List.copyOf(gemeenten);
		huishoudens = List.copyOf(huishoudens);
	}

	public long persons() {
		return huishoudens.stream().mapToLong(Huishouden::size).sum();
	}

	public long capacity() {
		return gemeenten.stream().mapToLong(Taakstelling::capacity).sum();
	}
}
