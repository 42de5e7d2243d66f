package nl.verbinder.sleutelpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.CandidateRanking.Exclusion;
import nl.verbinder.sleutelpersoon.CandidateRanking.Workload;
import org.junit.jupiter.api.Test;

class CandidateRankingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	private static final GemeenteCode DOETINCHEM = new GemeenteCode("GM0222");

	/**
	 * Distances of a small made-up map: Aalten–Winterswijk 10 km, Aalten–Doetinchem 20,
	 * Winterswijk–Doetinchem 30.
	 */
	private static double km(GemeenteCode a, GemeenteCode b) {
		if (a.equals(b)) {
			return 0;
		}
		Set<GemeenteCode> pair = Set.of(a, b);
		return pair.equals(Set.of(AALTEN, WINTERSWIJK)) ? 10 : pair.equals(Set.of(AALTEN, DOETINCHEM)) ? 20 : 30;
	}

	private final CandidateRanking ranking = new CandidateRanking(CandidateRankingTests::km);

	private static Sleutelpersoon person(String name, GemeenteCode home, int maxKm, int hours, Set<Rol> roles,
			Sleutelpersoon.Taal... languages) {
		return new Sleutelpersoon(UUID.nameUUIDFromBytes(name.getBytes()), name, "Test", List.of(languages),
				Set.of("ER"), roles, Set.of(Domein.GEZONDHEID_EN_ZORG), home, Set.of(AALTEN, WINTERSWIJK, DOETINCHEM),
				maxKm, hours,
				List.of(new Sleutelpersoon.Dienstverband(Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER,
						LocalDate.of(2024, 1, 1))),
				LocalDate.of(2025, 6, 1), List.of(), LocalDate.of(2024, 1, 1), null, null, Sleutelpersoon.Contact.NONE);
	}

	private static Sleutelpersoon.Taal speaks(String code, LanguageLevel level) {
		return new Sleutelpersoon.Taal(new TaalCode(code), level);
	}

	private static Verzoek homeVisit(GemeenteCode where, int minutes, UUID household, String... languages) {
		return new Verzoek(UUID.randomUUID(), Verzoek.Soort.HUISBEZOEK,
				Arrays.stream(languages).map(TaalCode::new).toList(), Rol.VERTALER, Domein.GEZONDHEID_EN_ZORG, where,
				"Centrum", TODAY.plusDays(1), TODAY.plusDays(5), minutes, Verzoek.Urgentie.NORMAAL, household, null,
				"Gesprek met de huisarts voorbereiden", UUID.randomUUID(), Verzoek.Status.OPEN, null, Set.of(), null);
	}

	@Test
	void ranksAMotherTongueSpeakerNearbyAboveAFluentSpeakerFurtherAway() {
		var nearNative = person("Yonas", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var farFluent = person("Selam", DOETINCHEM, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.C1));
		var result = ranking.rank(homeVisit(AALTEN, 60, null, "ti"), List.of(farFluent, nearNative), Map.of(), TODAY);
		assertThat(result.candidates()).extracting(c -> c.sleutelpersoon().voornaam())
			.containsExactly("Yonas", "Selam");
		var best = result.candidates().getFirst();
		assertThat(best.components()).containsEntry(CandidateRanking.Component.LANGUAGE, 30.0)
			.containsEntry(CandidateRanking.Component.DISTANCE, 15.0);
		assertThat(result.candidates().get(1).distanceKm()).isEqualTo(20);
		assertThat(result.candidates().get(1).travelMinutes()).isEqualTo(48);
	}

	@Test
	void nobodyWhoSpeaksTigrinyaWithinTheirTravelLimitIsACandidate() {
		var arabic = person("Rania", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ar", LanguageLevel.NATIVE));
		var tigrinyaFar = person("Selam", DOETINCHEM, 25, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var basicTigrinya = person("Dawit", WINTERSWIJK, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.A2));
		var result = ranking.rank(homeVisit(WINTERSWIJK, 60, null, "ti"), List.of(arabic, tigrinyaFar, basicTigrinya),
				Map.of(), TODAY);
		assertThat(result.candidates()).isEmpty();
		assertThat(result.excluded()).extracting(e -> e.sleutelpersoon().voornaam() + ":" + e.reason())
			.containsExactlyInAnyOrder("Rania:LANGUAGE", "Selam:TOO_FAR", "Dawit:LANGUAGE");
		assertThat(result.mainObstacle()).isEqualTo(Exclusion.TOO_FAR);
		assertThat(
				ranking.rank(homeVisit(WINTERSWIJK, 60, null, "so"), List.of(arabic), Map.of(), TODAY).mainObstacle())
			.isEqualTo(Exclusion.LANGUAGE);
	}

	@Test
	void theVisitAndTheTripThereAndBackMustFitInTheHoursLeftThisWeek() {
		var busy = person("Yonas", DOETINCHEM, 40, 4, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		// 4 hours a week, 2.5 used: 90 minutes left; a 60-minute visit 20 km away needs
		// 60 + 48.
		var load = Map.of(busy.id(), new Workload(150, Set.of()));
		var result = ranking.rank(homeVisit(AALTEN, 60, null, "ti"), List.of(busy), load, TODAY);
		assertThat(result.excluded()).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo(Exclusion.NO_HOURS_LEFT));
		var shorter = ranking.rank(homeVisit(AALTEN, 30, null, "ti"), List.of(busy), load, TODAY);
		assertThat(shorter.candidates()).singleElement().satisfies(c -> assertThat(c.minutesLeftAfter()).isEqualTo(12));
	}

	@Test
	void theKeyPersonWhoKnowsTheHouseholdScoresHigher() {
		UUID household = UUID.randomUUID();
		var first = person("Aster", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var knows = person("Tesfay", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var loads = Map.of(knows.id(), new Workload(0, Set.of(household)));
		var result = ranking.rank(homeVisit(AALTEN, 60, household, "ti"), List.of(first, knows), loads, TODAY);
		assertThat(result.candidates().getFirst().sleutelpersoon().voornaam()).isEqualTo("Tesfay");
		assertThat(result.candidates().getFirst().components()).containsEntry(CandidateRanking.Component.CONTINUITY,
				15.0);
	}

	@Test
	void spreadsTheLoadTowardsWhoeverHasMoreHoursLeft() {
		var loaded = person("Aster", AALTEN, 40, 10, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var free = person("Tesfay", AALTEN, 40, 10, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var loads = Map.of(loaded.id(), new Workload(420, Set.of()));
		var result = ranking.rank(homeVisit(AALTEN, 60, null, "ti"), List.of(loaded, free), loads, TODAY);
		assertThat(result.candidates()).extracting(c -> c.sleutelpersoon().voornaam())
			.containsExactly("Tesfay", "Aster");
	}

	@Test
	void leaversAndKeyPersonsWithoutAValidVogAreNoCandidates() {
		var left = person("Aster", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE))
			.leave(TODAY.minusDays(3), "Betaald werk gevonden");
		var p = person("Tesfay", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var oldVog = new Sleutelpersoon(p.id(), p.voornaam(), p.achternaam(), p.talen(), p.gemeenschappen(), p.rollen(),
				p.domeinen(), p.woonplaats(), p.werkgebied(), p.maxReisafstandKm(), p.urenPerWeek(),
				p.dienstverbanden(), LocalDate.of(2023, 1, 1), p.trainingen(), p.start(), null, null, p.contact());
		var result = ranking.rank(homeVisit(AALTEN, 60, null, "ti"), List.of(left, oldVog), Map.of(), TODAY);
		assertThat(result.excluded()).extracting(e -> e.reason())
			.containsExactly(Exclusion.INACTIVE, Exclusion.NO_VALID_VOG);
		assertThat(left.redenVertrek()).isEqualTo("Betaald werk gevonden");
	}

	@Test
	void aTranslatorRanksAboveAConnectorForATranslation() {
		var connector = person("Aster", AALTEN, 40, 8, Set.of(Rol.VERBINDER), speaks("ti", LanguageLevel.NATIVE));
		var translator = person("Tesfay", AALTEN, 40, 8, Set.of(Rol.VERTALER, Rol.VOORLICHTER),
				speaks("ti", LanguageLevel.B2));
		var result = ranking.rank(homeVisit(AALTEN, 60, null, "ti"), List.of(connector, translator), Map.of(), TODAY);
		assertThat(result.candidates().getFirst().sleutelpersoon().voornaam()).isEqualTo("Tesfay");
	}

	@Test
	void whoDeclinedARequestIsNotOfferedItAgain() {
		var aster = person("Aster", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var tesfay = person("Tesfay", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		var declined = homeVisit(AALTEN, 60, null, "ti").offerTo(aster.id()).decline(aster.id());
		assertThat(declined.status()).isEqualTo(Verzoek.Status.OPEN);
		var result = ranking.rank(declined, List.of(aster, tesfay), Map.of(), TODAY);
		assertThat(result.candidates()).extracting(c -> c.sleutelpersoon().voornaam()).containsExactly("Tesfay");
		assertThat(result.excluded()).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo(Exclusion.DECLINED));
		assertThatThrownBy(() -> declined.offerTo(aster.id()))
			.hasMessageContaining("rule.request-offer.declined-before");
	}

	@Test
	void onlyTheKeyPersonItWasOfferedToAcceptsAndOnlyAfterAcceptingReports() {
		var aster = UUID.randomUUID();
		var request = homeVisit(AALTEN, 60, null, "ti");
		var offered = request.offerTo(aster);
		assertThatThrownBy(() -> offered.accept(UUID.randomUUID())).hasMessageContaining("rule.request.not-offered");
		var report = new Verzoek.Verslag(request.van(), 75, 12, "Samen naar de huisarts");
		assertThatThrownBy(() -> offered.complete(aster, report))
			.hasMessageContaining("rule.request.report-not-accepted");
		var done = offered.accept(aster).complete(aster, report);
		assertThat(done.status()).isEqualTo(Verzoek.Status.AFGEROND);
		assertThat(done.verslag().minuten()).isEqualTo(75);
		assertThatThrownBy(
				() -> offered.accept(aster).complete(aster, new Verzoek.Verslag(request.van().minusDays(3), 60, 0, "")))
			.hasMessageContaining("rule.request.report-before-window");
	}

	@Test
	void refusesKeyPersonsAndRequestsThatCannotBe() {
		assertThatThrownBy(() -> person("Leeg", AALTEN, 40, 8, Set.of(Rol.VERTALER)))
			.hasMessageContaining("rule.key-person.no-language");
		assertThatThrownBy(() -> person("Geen rol", AALTEN, 40, 8, Set.of(), speaks("ti", LanguageLevel.B1)))
			.hasMessageContaining("rule.key-person.no-role");
		assertThatThrownBy(() -> person("Veel", AALTEN, 40, 60, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.B1)))
			.hasMessageContaining("rule.key-person.hours [0, 40]");
		assertThatThrownBy(() -> homeVisit(AALTEN, 5, null, "ti"))
			.hasMessageContaining("rule.request-form.duration [15, 8]");
		assertThatThrownBy(() -> homeVisit(AALTEN, 60, null))
			.hasMessageContaining("rule.request-form.languages [1, 5]");
		var p = person("Aster", AALTEN, 40, 8, Set.of(Rol.VERTALER), speaks("ti", LanguageLevel.NATIVE));
		assertThatThrownBy(() -> p.leave(TODAY, " ")).hasMessageContaining("rule.key-person.leave-reason");
	}

}
