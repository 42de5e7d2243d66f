package nl.verbinder.inkoop;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regional contract with the demo's partner organisation, made through the API by the
 * coordinator for all eight municipalities of the region, for tests that report
 * attendance on its products.
 */
public final class RegionalContracts {

	/** The demo's partner organisation. */
	public static final UUID VLUCHTELINGENWERK = UUID
		.nameUUIDFromBytes("organisatie-VluchtelingenWerk Achterhoek".getBytes());

	/** The region's municipalities, comma-separated. */
	public static final String REGION = "GM0197,GM1859,GM1876,GM0222,GM1955,GM1586,GM1509,GM0294";

	private RegionalContracts() {
	}

	/**
	 * A contract from {@code ingang} until six months from now with {@code products}
	 * (each made by {@link #product}); returns the products' ids in their order.
	 */
	public static List<UUID> contract(MockMvc mvc, String name, LocalDate ingang, String... products) throws Exception {
		String body = """
				{"organisatieId":"%s","naam":"%s","gemeenten":[%s],"ingang":"%s","einde":"%s","producten":[%s]}"""
			.formatted(VLUCHTELINGENWERK, name, "\"" + REGION.replace(",", "\",\"") + "\"", ingang,
					LocalDate.now().plusMonths(6), String.join(",", products));
		String answer = mvc
			.perform(post("/api/v1/contracten").with(Logins.basic("coordinator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<UUID> ids = new ArrayList<>();
		for (var p : JsonMapper.builder().build().readTree(answer).path("producten")) {
			ids.add(UUID.fromString(p.path("product").path("id").asString()));
		}
		return ids;
	}

	/** A product of a contract, for 50 participants; {@code prijs} as JSON number. */
	public static String product(String soort, String omschrijving, String eenheid, String prijs) {
		return """
				{"soort":"%s","omschrijving":"%s","eenheid":"%s","prijs":%s,"capaciteit":50}""".formatted(soort,
				omschrijving, eenheid, prijs);
	}

}
