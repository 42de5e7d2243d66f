package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.Inburgeringstermijn.Fase;
import nl.verbinder.inburgering.Inburgeringstermijn.Verlenging;
import nl.verbinder.inburgering.Leerroute.B1Route;
import nl.verbinder.inburgering.Leerroute.Onderwijsroute;
import nl.verbinder.inburgering.Leerroute.ZRoute;
import nl.verbinder.inburgering.PipInhoud.Doel;
import org.junit.jupiter.api.Test;

class PipTests {

	private static final UUID HOUSEHOLD = UUID.randomUUID();

	private static final LocalDate START = LocalDate.of(2025, 3, 1);

	private static Member person(LocalDate born, LocalDate permit, Gezinsrol rol) {
		return new Member(UUID.randomUUID(), "Hiwet", "Tekle", born, rol, Geslacht.VROUW, "ER", "ER", permit, null,
				null);
	}

	private static final Member HIWET = person(LocalDate.of(1990, 6, 1), LocalDate.of(2024, 11, 1),
			Gezinsrol.INBURGERAAR);

	private static PipInhoud plan(Leerroute route, String dualPath) {
		return new PipInhoud(route, Inburgeringstermijn.from(START),
				List.of(new Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf de huisarts bellen", START.plusMonths(6),
						List.of("26 taallessen", "oefenen met taalmaatje"))),
				List.of(new PipInhoud.Activiteit("Taalschool Achterhoek", "B1-cursus", START, null, 12,
						PipInhoud.ActiviteitStatus.LOOPT)),
				dualPath);
	}

	@Test
	void eachRouteHasItsOwnPartsAndLanguageTarget() {
		assertThat(new B1Route().onderdelen()).containsExactlyInAnyOrder(Onderdeel.PVT, Onderdeel.MAP, Onderdeel.KNM,
				Onderdeel.TAALEXAMENS_B1);
		assertThat(new Onderwijsroute().onderdelen()).contains(Onderdeel.ONDERWIJSPROGRAMMA)
			.doesNotContain(Onderdeel.MAP);
		assertThat(new ZRoute().onderdelen()).contains(Onderdeel.ZELFREDZAAMHEIDSPROGRAMMA, Onderdeel.MAP)
			.doesNotContain(Onderdeel.TAALEXAMENS_B1);
		assertThat(new ZRoute().taalniveau()).isEqualTo("A1");
		for (Leerroute route : List.of(new B1Route(), new Onderwijsroute(), new ZRoute())) {
			assertThat(route.onderdelen()).contains(Onderdeel.PVT);
			assertThat(Leerroute.of(route.code())).isEqualTo(route);
		}
		assertThatThrownBy(() -> Leerroute.of("C1")).hasMessageContaining("rule.pip.route-unknown [C1]");
	}

	@Test
	void theEducationRouteIsForPeopleYoungerThan28() {
		Member young = person(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 11, 1), Gezinsrol.INBURGERAAR);
		assertThat(Pip.draft(young, HOUSEHOLD, "GM0222", plan(new Onderwijsroute(), null)).current().status())
			.isEqualTo(Pip.Status.CONCEPT);
		assertThatThrownBy(() -> Pip.draft(HIWET, HOUSEHOLD, "GM0222", plan(new Onderwijsroute(), null)))
			.hasMessageContaining("rule.pip.onderwijsroute-age [28]");
	}

	@Test
	void aDualPathFitsTheB1AndEducationRoutesButNotTheZRoute() {
		assertThat(plan(new B1Route(), "Drie dagen werk in de zorg, twee dagen opleiding").duaalTraject()).isNotNull();
		assertThatThrownBy(() -> plan(new ZRoute(), "Drie dagen werk"))
			.hasMessageContaining("rule.pip.dual-path [pip.route.Z]");
	}

	@Test
	void onlyTheActOf2021HasAPipAndChildrenHaveNone() {
		Member old = person(LocalDate.of(1985, 1, 1), LocalDate.of(2021, 6, 1), Gezinsrol.INBURGERAAR);
		assertThatThrownBy(() -> Pip.draft(old, HOUSEHOLD, "GM0222", plan(new B1Route(), null)))
			.hasMessageContaining("rule.pip.regime [regime.WI2013]");
		Member child = person(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 11, 1), Gezinsrol.KIND);
		assertThatThrownBy(() -> Pip.draft(child, HOUSEHOLD, "GM0222", plan(new B1Route(), null)))
			.hasMessageContaining("rule.pip.child");
	}

	@Test
	void thePlanIsDiscussedWithTheNewcomerBeforeItIsEstablished() {
		Pip pip = Pip.draft(HIWET, HOUSEHOLD, "GM0222", plan(new B1Route(), null));
		assertThatThrownBy(() -> pip.establish(START, UUID.randomUUID()))
			.hasMessageContaining("rule.pip.establish-undiscussed");
		assertThatThrownBy(() -> pip.discuss(START, " ")).hasMessageContaining("rule.pip.newcomer-view");
		pip.discuss(START, "Ik wil eerst de taal leren en dan in de zorg werken");
		pip.establish(START.plusDays(3), UUID.randomUUID());
		assertThat(pip.current().status()).isEqualTo(Pip.Status.VASTGESTELD);
		assertThat(pip.drainEvents()).singleElement().isInstanceOfSatisfying(PipEstablished.class, e -> {
			assertThat(e.version()).isEqualTo(1);
			assertThat(e.isChange()).isFalse();
			assertThat(e.leerroute()).isEqualTo("B1");
			assertThat(e.termEnd()).isEqualTo(START.plusYears(3));
		});
		assertThat(pip.drainEvents()).isEmpty();
	}

	@Test
	void aPlanWithoutGoalsIsNotEstablished() {
		var empty = new PipInhoud(new B1Route(), Inburgeringstermijn.from(START), List.of(), List.of(), null);
		Pip pip = Pip.draft(HIWET, HOUSEHOLD, "GM0222", empty);
		pip.discuss(START, "Goed");
		assertThatThrownBy(() -> pip.establish(START, UUID.randomUUID())).hasMessageContaining("rule.pip.no-goal");
	}

	@Test
	void revisingAnEstablishedPlanMakesANewVersionAndKeepsTheOldOneReadable() {
		Pip pip = Pip.draft(HIWET, HOUSEHOLD, "GM0222", plan(new B1Route(), null));
		pip.discuss(START, "Akkoord");
		pip.establish(START, UUID.randomUUID());
		pip.drainEvents();
		assertThatThrownBy(() -> pip.updateDraft(plan(new ZRoute(), null)))
			.hasMessageContaining("rule.pip.established-revise");

		pip.revise(plan(new ZRoute(), null));
		assertThat(pip.versies()).extracting(Pip.Versie::nummer).containsExactly(1, 2);
		assertThat(pip.established().orElseThrow().inhoud().leerroute()).isInstanceOf(B1Route.class);
		assertThat(pip.current().status()).isEqualTo(Pip.Status.CONCEPT);
		pip.discuss(START.plusMonths(8), "B1 is te zwaar, ik kies voor de Z-route");
		pip.establish(START.plusMonths(8), UUID.randomUUID());
		var events = pip.drainEvents();
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOfSatisfying(PipEstablished.class, e -> assertThat(e.isChange()).isTrue());
		assertThat(events.get(1)).isInstanceOfSatisfying(PipChanged.class, e -> {
			assertThat(e.previousLeerroute()).isEqualTo("B1");
			assertThat(e.leerroute()).isEqualTo("Z");
			assertThat(e.version()).isEqualTo(2);
		});
		assertThat(pip.versie(1).orElseThrow().inhoud().leerroute()).isInstanceOf(B1Route.class);
		assertThat(pip.versie(2).orElseThrow().inhoud().leerroute()).isInstanceOf(ZRoute.class);
	}

	@Test
	void theTermIsThreeYearsPlusExtensionsEachWithAReason() {
		var term = Inburgeringstermijn.from(START);
		assertThat(term.einde()).isEqualTo(LocalDate.of(2028, 3, 1));
		assertThatThrownBy(() -> new Verlenging(6, " ", START)).hasMessageContaining("rule.term.extension-reason");
		assertThatThrownBy(() -> new Verlenging(0, "ziekte", START))
			.hasMessageContaining("rule.term.extension-months [1, 24, 0]");
		var extended = term.extend(new Verlenging(6, "Langdurig ziek geweest", LocalDate.of(2027, 10, 1)));
		assertThat(extended.einde()).isEqualTo(LocalDate.of(2028, 9, 1));
		assertThatThrownBy(() -> extended.extend(new Verlenging(3, "te laat", LocalDate.of(2028, 10, 1))))
			.hasMessageContaining("rule.term.ended");
		assertThat(term.fase(START.minusDays(1))).isEqualTo(Fase.NOG_NIET_GESTART);
		assertThat(term.fase(START.plusMonths(2))).isEqualTo(Fase.EERSTE_JAAR);
		assertThat(term.fase(START.plusYears(2))).isEqualTo(Fase.LOPEND);
		assertThat(term.fase(LocalDate.of(2027, 12, 1))).isEqualTo(Fase.LAATSTE_HALFJAAR);
		assertThat(term.fase(LocalDate.of(2028, 3, 1))).isEqualTo(Fase.VERLOPEN);
		assertThat(extended.fase(LocalDate.of(2028, 3, 1))).isEqualTo(Fase.LAATSTE_HALFJAAR);
	}

	@Test
	void anExtensionOfAnEstablishedPlanIsANewVersion() {
		Pip pip = Pip.draft(HIWET, HOUSEHOLD, "GM0222", plan(new B1Route(), null));
		pip.discuss(START, "Akkoord");
		pip.establish(START, UUID.randomUUID());
		pip.extendTerm(new Verlenging(6, "Cursus begon een half jaar te laat", LocalDate.of(2026, 1, 1)));
		assertThat(pip.current().nummer()).isEqualTo(2);
		assertThat(pip.current().inhoud().termijn().einde()).isEqualTo(LocalDate.of(2028, 9, 1));
		assertThat(pip.established().orElseThrow().inhoud().termijn().einde()).isEqualTo(LocalDate.of(2028, 3, 1));
	}

}
