package nl.verbinder.reference;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The about page with the data attributions, and the reference data API. */
@Configuration(proxyBeanMethods = false)
class ReferenceWeb {

	@Bean
	PathPermissions referencePaths() {
		// Occupation suggestions for forms that name an ESCO occupation: any signed-in
		// account.
		return PathPermissions.builder()
			.get(Permission.REFERENCE_READ, "/api/v1/referentie/**", "/referentie/beroepen/opties")
			.build();
	}

	/** A loaded data set and when it was loaded, for the about page. */
	record LoadedDataset(String name, int rows, OffsetDateTime loadedAt) {
	}

	@Controller
	static class About {

		private final JdbcClient jdbc;

		About(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/over")
		String about(Model model) {
			model.addAttribute("datasets",
					jdbc.sql("select name, rows, loaded_at from reference.dataset order by name")
						.query((rs, n) -> new LoadedDataset(rs.getString("name"), rs.getInt("rows"),
								rs.getObject("loaded_at", OffsetDateTime.class)))
						.list());
			return "reference/about";
		}

	}

	/**
	 * Suggestions for an occupation field as the options of a datalist (htmx swaps them
	 * in while a person types). The field's name differs per form row, so the one
	 * parameter that ends in "beroep" is the query.
	 */
	@Controller
	static class OccupationOptions {

		private final ReferenceData reference;

		OccupationOptions(ReferenceData reference) {
			this.reference = reference;
		}

		@GetMapping("/referentie/beroepen/opties")
		String options(@RequestParam Map<String, String> params, Model model, Locale locale) {
			String query = params.entrySet()
				.stream()
				.filter(e -> e.getKey().endsWith("beroep") || e.getKey().equals("zoek"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("")
				.strip();
			model.addAttribute("occupations", query.length() < 2 ? List.of() : reference.searchOccupations(query, 15));
			return "reference/occupation-options";
		}

	}

	@RestController
	static class Api {

		private final ReferenceData reference;

		Api(ReferenceData reference) {
			this.reference = reference;
		}

		record GemeenteResource(String code, String naam, String provincie, String arbeidsmarktregio, double lat,
				double lon, Integer inwoners) {
		}

		record OccupationResource(String escoUri, String escoCode, String iscoCode, String label, String labelNl,
				String labelEn) {
		}

		record DistanceResource(String van, String naar, double km) {
		}

		@GetMapping("/api/v1/referentie/gemeenten")
		Paged<GemeenteResource> gemeenten(
				@Sorting(value = { "code", "naam", "inwoners" }, byDefault = "by code") Paging paging) {
			return paging.of("gemeenten",
					reference.gemeenten()
						.stream()
						.map(g -> new GemeenteResource(g.code().value(), g.displayName(), g.provincieCode(),
								g.arbeidsmarktregioCode(), g.lat(), g.lon(), g.inwoners()))
						.toList(),
					Map.of("code", Comparator.comparing(GemeenteResource::code), "naam",
							Comparator.comparing(GemeenteResource::naam), "inwoners",
							Comparator.comparing(GemeenteResource::inwoners,
									Comparator.nullsLast(Comparator.naturalOrder()))),
					Comparator.comparing(GemeenteResource::code));
		}

		@GetMapping("/api/v1/referentie/afstanden/{van}/{naar}")
		DistanceResource distance(@PathVariable String van, @PathVariable String naar) {
			var from = GemeenteCode.of(van);
			var to = GemeenteCode.of(naar);
			return new DistanceResource(from.value(), to.value(),
					Math.round(reference.distanceKm(from, to) * 10) / 10.0);
		}

		/**
		 * Occupations found by a search, best match first (every match of the ESCO list
		 * is ranked, then paged).
		 */
		@GetMapping("/api/v1/referentie/beroepen")
		Paged<OccupationResource> occupations(@RequestParam("zoek") String query, Locale locale,
				@Sorting(value = { "label", "escoCode" }, byDefault = "best match first") Paging paging) {
			return paging.of("beroepen",
					reference.searchOccupations(query, ALL_OCCUPATIONS)
						.stream()
						.map(o -> new OccupationResource(o.escoUri(), o.escoCode(), o.iscoCode(), o.label(locale),
								o.labelNl(), o.labelEn()))
						.toList(),
					Map.of("label", Comparator.comparing(OccupationResource::label), "escoCode",
							Comparator.comparing(OccupationResource::escoCode)),
					(a, b) -> 0);
		}

		/** More than the occupations of ESCO v1.2 (3,039). */
		private static final int ALL_OCCUPATIONS = 5_000;

		/**
		 * A language: its CLDR code, ISO 639-3 code, Dutch and English name, its own name
		 * ({@code eigenNaam}), whether it is written right to left and whether it is on
		 * the newcomers' shortlist.
		 */
		record TaalResource(String code, @Nullable String iso6393, String naamNl, String naamEn,
				@Nullable String eigenNaam, boolean rechtsNaarLinks, boolean nieuwkomers) {

			static TaalResource of(Taal t) {
				return new TaalResource(t.code().value(), t.iso6393(), t.nameNl(), t.nameEn(), t.autonym(),
						t.rightToLeft(), t.newcomer());
			}
		}

		@GetMapping("/api/v1/referentie/talen")
		Paged<TaalResource> talen(@RequestParam(name = "nieuwkomers", defaultValue = "false") boolean newcomers,
				@Sorting(value = { "code", "naamNl", "naamEn" }, byDefault = "by code") Paging paging) {
			return paging.of("talen",
					(newcomers ? reference.newcomerTalen() : reference.talen()).stream().map(TaalResource::of).toList(),
					Map.of("code", Comparator.comparing(TaalResource::code), "naamNl",
							Comparator.comparing(TaalResource::naamNl), "naamEn",
							Comparator.comparing(TaalResource::naamEn)),
					Comparator.comparing(TaalResource::code));
		}

	}

}
