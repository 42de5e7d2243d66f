package nl.verbinder.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A placement run was published: the households placed in this region's municipalities,
 * with who they are, for their intake there. The inburgering module registers them; a
 * household another region's Verbinder takes is not in it.
 *
 * @param run the placement run
 * @param publishedBy the planner's account, in whose name the households are registered
 * @param placedOn the day of publishing
 */
public record PlacementPublished(UUID run, UUID publishedBy, LocalDate placedOn, List<PlacedHousehold> households) {

	public PlacementPublished {
		households = List.copyOf(households);
	}

	/**
	 * One placed household.
	 *
	 * @param candidate its id in the run: with the run, the key that registers it once
	 * @param gemeente the municipality it was placed in (CBS code)
	 * @param whereNow where it waits until it has a house
	 */
	public record PlacedHousehold(String candidate, String gemeente, String whereNow, List<PlacedMember> members) {

		public PlacedHousehold {
			members = List.copyOf(members);
		}
	}

	/**
	 * A member as the intake needs them; {@code geslacht} is {@code MAN} or
	 * {@code VROUW}, {@code land} a country code.
	 */
	public record PlacedMember(String voornaam, String achternaam, LocalDate geboortedatum, String geslacht,
			@Nullable String land) {
	}
}
