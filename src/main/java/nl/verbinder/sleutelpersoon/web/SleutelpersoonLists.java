package nl.verbinder.sleutelpersoon.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import nl.verbinder.sleutelpersoon.Advising;
import nl.verbinder.sleutelpersoon.OwnRequests;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lists of the key-person pool under {@code /api/v1}, page by page. They are read
 * whole and paged in memory: the region's pool, its open and recent requests and the
 * advice given are hundreds, not thousands, and a key person's own requests and months
 * fewer still.
 */
@RestController
@RequestMapping("/api/v1")
class SleutelpersoonLists {

	private final Sleutelpersonen sleutelpersonen;

	private final Requesting requesting;

	private final OwnRequests ownRequests;

	private final Advising advising;

	private final Clock clock;

	SleutelpersoonLists(Sleutelpersonen sleutelpersonen, Requesting requesting, OwnRequests ownRequests,
			Advising advising, Clock clock) {
		this.sleutelpersonen = sleutelpersonen;
		this.requesting = requesting;
		this.ownRequests = ownRequests;
		this.advising = advising;
		this.clock = clock;
	}

	private static final Map<String, Comparator<SleutelpersoonApi.AdviceResource>> ADVICE = Map.of("ingediendOp",
			Comparator.comparing(SleutelpersoonApi.AdviceResource::ingediendOp), "status",
			Comparator.comparing(SleutelpersoonApi.AdviceResource::status));

	@GetMapping("/adviezen")
	Paged<SleutelpersoonApi.AdviceResource> allAdvice(@Sorting(value = { "ingediendOp", "status" },
			byDefault = "as the list of advice orders it") Paging paging) {
		return paging.of("adviezen", advising.all().stream().map(SleutelpersoonApi.AdviceResource::of).toList(), ADVICE,
				(a, b) -> 0);
	}

	@GetMapping("/mijn-adviezen")
	Paged<SleutelpersoonApi.AdviceResource> myAdvice(@Sorting(value = { "ingediendOp", "status" },
			byDefault = "as the list of advice orders it") Paging paging) {
		return paging.of("adviezen", advising.mine().stream().map(SleutelpersoonApi.AdviceResource::of).toList(),
				ADVICE, (a, b) -> 0);
	}

	@GetMapping("/sleutelpersonen")
	Paged<SleutelpersoonApi.SleutelpersoonResource> pool(@Sorting(value = { "achternaam", "voornaam", "woonplaats" },
			byDefault = "as the pool orders it") Paging paging) {
		LocalDate today = LocalDate.now(clock);
		return paging.of("sleutelpersonen",
				sleutelpersonen.pool()
					.stream()
					.map(p -> SleutelpersoonApi.SleutelpersoonResource.of(p, today))
					.toList(),
				Map.of("achternaam", Comparator.comparing(SleutelpersoonApi.SleutelpersoonResource::achternaam),
						"voornaam", Comparator.comparing(SleutelpersoonApi.SleutelpersoonResource::voornaam),
						"woonplaats", Comparator.comparing(SleutelpersoonApi.SleutelpersoonResource::woonplaats)),
				(a, b) -> 0);
	}

	@GetMapping("/verzoeken")
	Paged<SleutelpersoonApi.VerzoekResource> requests(@Sorting(value = { "van", "status", "urgentie" },
			byDefault = "as the requests are ordered") Paging paging) {
		return paging.of("verzoeken",
				requesting.requests().stream().map(SleutelpersoonApi.VerzoekResource::of).toList(),
				Map.of("van", Comparator.comparing(SleutelpersoonApi.VerzoekResource::van), "status",
						Comparator.comparing(SleutelpersoonApi.VerzoekResource::status), "urgentie",
						Comparator.comparing(SleutelpersoonApi.VerzoekResource::urgentie)),
				(a, b) -> 0);
	}

	@GetMapping("/mijn-verzoeken")
	Paged<SleutelpersoonApi.OwnRequestResource> ownRequests(
			@Sorting(value = { "van", "status" }, byDefault = "as the requests are ordered") Paging paging) {
		return paging.of("verzoeken",
				ownRequests.ownRequests().stream().map(SleutelpersoonApi.OwnRequestResource::of).toList(),
				Map.of("van", Comparator.comparing(SleutelpersoonApi.OwnRequestResource::van), "status",
						Comparator.comparing(SleutelpersoonApi.OwnRequestResource::status)),
				(a, b) -> 0);
	}

	@GetMapping("/mijn-uren")
	Paged<OwnRequests.MonthTotal> ownHours(@Sorting(value = { "maand" }, byDefault = "by month") Paging paging) {
		return paging.of("maanden", ownRequests.ownHours(),
				Map.of("maand", Comparator.comparing(OwnRequests.MonthTotal::maand)), (a, b) -> 0);
	}

}
