package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.Referrals;
import nl.verbinder.portal.Invitations;
import nl.verbinder.portal.Questions;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Component;

/**
 * Two demo newcomers with an activated portal account, in Doetinchem: Amina, an
 * Arabic-speaking mother of two (B1 route, a consent and an accepted referral), and
 * Tesfay, a young Tigrinya-speaking man (education route, a plan established and a
 * revision to be discussed). Their login names and the demo password are in the README.
 */
@Component
class DemoNewcomers {

	static final GemeenteCode DOETINCHEM = new GemeenteCode("GM0222");
	static final String CASE_MANAGER = "consulent.doetinchem";
	static final String AMINA = "amina";
	static final String TESFAY = "tesfay";

	private final BackgroundWork background;

	private final Inburgering inburgering;

	private final PipDecisions pips;

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final Invitations invitations;

	private final Questions questions;

	DemoNewcomers(BackgroundWork background, Inburgering inburgering, PipDecisions pips, Grondslagen grondslagen,
			Referrals referrals, Invitations invitations, Questions questions) {
		this.questions = questions;
		this.background = background;
		this.inburgering = inburgering;
		this.pips = pips;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.invitations = invitations;
	}

	void load(LocalDate today, String password) {
		var codes = background.callAs(CASE_MANAGER, () -> {
			LocalDate aminaArrived = today.minusMonths(9);
			var amina = inburgering.register(DOETINCHEM, "Grutbroek 14", "7006 AB", aminaArrived, List.of(
					new Inburgering.NewMember("Amina", "Al-Khatib", LocalDate.of(1989, 4, 12), Gezinsrol.INBURGERAAR,
							Geslacht.VROUW, "SY", "SY", aminaArrived.minusMonths(3), null, null),
					new Inburgering.NewMember("Omar", "Al-Khatib", today.minusYears(9).withDayOfYear(40),
							Gezinsrol.KIND, Geslacht.MAN, "SY", "SY", aminaArrived.minusMonths(3), null, null),
					new Inburgering.NewMember("Lina", "Al-Khatib", today.minusYears(5).withDayOfYear(200),
							Gezinsrol.KIND, Geslacht.VROUW, "TR", "SY", aminaArrived.minusMonths(3), null, null)),
					true);
			var mother = amina.members().getFirst();
			plan(mother, aminaArrived, new Leerroute.B1Route(),
					List.of(new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf een afspraak bij de huisarts maken",
							today.plusMonths(4),
							List.of("Twee keer per week naar de taalles", "Oefenen met een taalmaatje")),
							new PipInhoud.Doel(Domein.SOCIALE_BRUGGEN, "Meedoen met de ouderkamer op de basisschool",
									today.plusMonths(6),
									List.of("Kennismaken met de juf van Lina", "Eén ochtend per week meedoen"))),
					List.of(new PipInhoud.Activiteit("Taalcentrum Oost-Gelderland", "Taalcursus B1",
							aminaArrived.plusMonths(2), null, 10, PipInhoud.ActiviteitStatus.LOOPT)),
					false, today);
			var basis = grondslagen.recordBasis(amina.id(),
					new Grondslagen.NewBasis(mother.personId(), DemoPartners.id(DemoPartners.VLUCHTELINGENWERK),
							Grondslag.Soort.TOESTEMMING, "Begeleiding bij toeslagen en de zorgverzekering",
							EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
							Grondslag.Wijze.ONDERTEKEND, null, null, today.minusDays(20), today.plusYears(1)));
			var referral = referrals.refer(amina.id(), mother.personId(), basis.grondslag().organisatieId(), null,
					"Begeleiding bij toeslagen en de zorgverzekering",
					EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN), Locale.forLanguageTag("nl"));
			referrals.stepOnBehalf(amina.id(), referral.doorverwijzing().id(), referral.versie(),
					Doorverwijzing.Status.GEACCEPTEERD, null);

			LocalDate tesfayArrived = today.minusMonths(14);
			var tesfay = inburgering.register(DOETINCHEM, "Kruisbergseweg 88", "7009 BP", tesfayArrived,
					List.of(new Inburgering.NewMember("Tesfay", "Gebremedhin", today.minusYears(21).withDayOfYear(100),
							Gezinsrol.INBURGERAAR, Geslacht.MAN, "ER", "ER", tesfayArrived.minusMonths(2), null, null)),
					true);
			var young = tesfay.members().getFirst();
			plan(young, tesfayArrived, new Leerroute.Onderwijsroute(),
					List.of(new PipInhoud.Doel(Domein.ONDERWIJS, "Starten met de opleiding tot elektricien (mbo 2)",
							today.plusMonths(8),
							List.of("Schakeljaar Nederlands afmaken", "Open dag van het Graafschap College bezoeken")),
							new PipInhoud.Doel(Domein.VRIJE_TIJD, "Meedoen met een voetbalteam", today.plusMonths(2),
									List.of())),
					List.of(new PipInhoud.Activiteit("Graafschap College", "Schakeljaar Nederlands",
							tesfayArrived.plusMonths(3), null, 20, PipInhoud.ActiviteitStatus.LOOPT)),
					true, today);
			return List.of(invitations.invite(amina.id(), mother.personId(), "ar", AMINA).code(),
					invitations.invite(tesfay.id(), young.personId(), "ti", TESFAY).code());
		});
		codes.forEach(code -> invitations.activateDemo(code, password));
		// A thread with an answer for Amina (she writes in Arabic), an open question for
		// Tesfay.
		background.runAs(AMINA, () -> questions.ask("هل يمكن أن تكون ابنتي لينا في نفس المدرسة مع أخيها عمر؟"));
		var amina = background.callAs(AMINA, invitations::personOfCurrentNewcomer);
		background.runAs(CASE_MANAGER, () -> questions.answer(amina,
				"Ja, dat kan. Ik bel de school deze week. Ik neem een tolk mee naar ons gesprek op dinsdag."));
		background.runAs(TESFAY,
				() -> questions.ask("Kan ik naast het schakeljaar een bijbaan nemen? Hoeveel uur mag dat?"));
	}

	/**
	 * Drafts, discusses and establishes a plan; with {@code revise}, a revision is
	 * discussed but not yet established.
	 */
	private void plan(HouseholdView.MemberView member, LocalDate arrived, Leerroute route, List<PipInhoud.Doel> goals,
			List<PipInhoud.Activiteit> activities, boolean revise, LocalDate today) {
		var inhoud = new PipInhoud(route, Inburgeringstermijn.from(arrived), goals, activities, null);
		pips.draft(member.personId(), inhoud);
		pips.discuss(member.personId(), 0, arrived.plusMonths(2), "Ik wil graag snel beginnen");
		var established = pips.establish(member.personId(), 1, arrived.plusMonths(2).plusDays(5));
		if (revise) {
			var revised = pips.revise(member.personId(), established.versie(),
					new PipInhoud(route, Inburgeringstermijn.from(arrived), goals, activities,
							"Twee dagen stage bij een installatiebedrijf"));
			pips.discuss(member.personId(), revised.versie(), today, "Ik wil de stage graag doen");
		}
	}

}
