package nl.verbinder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Households that tests make for themselves, as the case manager of Aalten registers and
 * invites them.
 */
public final class TestHouseholds {

	private TestHouseholds() {
	}

	/**
	 * A new household in Aalten: a mother named {@code firstName} (born 4 March 1988) and
	 * her child of six, both with the surname Testouder.
	 */
	public static HouseholdView motherAndChild(BackgroundWork background, Inburgering inburgering, String firstName) {
		return background.callAs("consulent.aalten",
				() -> inburgering.register(new GemeenteCode("GM0197"), "Markt " + firstName, "7121 AA",
						LocalDate.now().minusMonths(3),
						List.of(new Inburgering.NewMember(firstName, "Testouder", LocalDate.of(1988, 3, 4),
								Gezinsrol.INBURGERAAR),
								new Inburgering.NewMember("Kind" + firstName, "Testouder",
										LocalDate.now().minusYears(6), Gezinsrol.KIND)),
						true));
	}

	/**
	 * The case manager invites the person to the portal in Arabic through the API (201).
	 */
	public static ResultActions inviteInArabic(MockMvc mvc, HouseholdView household, UUID person) throws Exception {
		return mvc
			.perform(post("/api/v1/portaaluitnodigingen").with(Logins.basic("consulent.aalten"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudenId\":\"%s\",\"persoonId\":\"%s\",\"taal\":\"ar\"}".formatted(household.id(),
						person)))
			.andExpect(status().isCreated());
	}

}
