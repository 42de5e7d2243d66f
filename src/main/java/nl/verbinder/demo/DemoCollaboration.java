package nl.verbinder.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Collaboration;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.Referrals;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo region's social map and referrals to it at every stage.
 *
 * <p>
 * Nine collaborators, more than we allow without a reason: it plays the whole partner
 * story through the partner module's own use cases (social map, involvement, bases for
 * sharing, referrals, the partner's inbox), as the case manager, the coordinator and the
 * partner worker would, so that demo data passes the same rules.
 */
@Component
class DemoCollaboration {

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	private final SocialMap socialMap;

	private final Collaboration collaboration;

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final PartnerInbox partnerInbox;

	private final ReferenceData reference;

	private final Clock clock;

	DemoCollaboration(DemoAccounts accounts, BackgroundWork background, SocialMap socialMap,
			Collaboration collaboration, Grondslagen grondslagen, Referrals referrals, PartnerInbox partnerInbox,
			ReferenceData reference, Clock clock) {
		this.accounts = accounts;
		this.background = background;
		this.socialMap = socialMap;
		this.collaboration = collaboration;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.partnerInbox = partnerInbox;
		this.reference = reference;
		this.clock = clock;
	}

	/** Five more organisations, so that six are involved with one household. */
	private static final Map<String, String> MANY_INVOLVED = Map.of("Schuldhulp Achterhoek", "schuldhulpverlening",
			"GGD Noord- en Oost-Gelderland", "jeugdgezondheidszorg", "Sociaal wijkteam", "gezinscoach",
			"Woningcorporatie De Woonplaats", "woonbegeleiding", "Stichting Leergeld", "kindregelingen");

	/**
	 * The social map, its two partner workers, and for seven households per municipality
	 * a basis for sharing and a referral at every stage: sent, overdue, accepted,
	 * declined, started, completed, and stopped because consent was withdrawn; plus the
	 * GP practice as involved.
	 * @return the households whose referral an organisation accepted (and perhaps started
	 * or completed)
	 */
	List<HouseholdView> recordCollaboration(List<HouseholdView> households, LocalDate today) {
		UUID partnerAccount = accounts.idOf("partner");
		UUID clubAccount = accounts.idOf("sportclub");
		UUID schoolAccount = accounts.idOf(DemoLessons.WORKER);
		background.runAs("coordinator", () -> {
			DemoPartners.organisaties().forEach(socialMap::register);
			socialMap.linkWorker(partnerAccount, DemoPartners.id(DemoPartners.VLUCHTELINGENWERK));
			socialMap.linkWorker(clubAccount, DemoPartners.id(DemoPartners.SPORTCLUB_WINTERSWIJK));
			socialMap.linkWorker(schoolAccount, DemoPartners.id(DemoLessons.TAALSCHOOL));
		});
		Map<String, Integer> perMunicipality = new HashMap<>();
		List<HouseholdView> accepted = new ArrayList<>();
		for (HouseholdView household : households) {
			int stage = perMunicipality.merge(household.gemeente(), 1, Integer::sum) - 1;
			String caseManager = accounts.caseManagerOf(household.gemeente());
			String place = reference.requireGemeente(new GemeenteCode(household.gemeente())).displayName();
			String[] organisations = { DemoPartners.VLUCHTELINGENWERK, DemoPartners.VLUCHTELINGENWERK,
					"Welzijn " + place, "Taalmaatjes Achterhoek", DemoPartners.VLUCHTELINGENWERK, "Jobcoach Oost",
					"Welzijn " + place };
			String[] reasons = { "Hulp bij het inrichten van de administratie",
					"Maatschappelijke begeleiding na verhuizing", "Cursus opvoeden in Nederland",
					"Een taalmaatje om Nederlands te oefenen", "Begeleiding bij zorgverzekering en toeslagen",
					"Begeleiding naar werk in de zorg", "Formulierenbrigade" };
			UUID organisation = DemoPartners.id(organisations[stage % organisations.length]);
			var person = household.members().getFirst();
			int daysAgo = stage == 0 ? 2 : 12 + 5 * stage;
			var referral = background.callAs(caseManager, () -> {
				collaboration.addInvolvement(household.id(), DemoPartners.id("Huisartsen Coöperatie Achterhoek"), "",
						"huisarts", household.arrivalDate(), null, "Praktijk aan de Markt, 0314-123456");
				if (stage == 0) {
					// The first household of each municipality drowns in professionals.
					MANY_INVOLVED.forEach((naam, rol) -> collaboration.addInvolvement(household.id(), null, naam, rol,
							household.arrivalDate().plusDays(20), null, "via de consulent"));
				}
				var basis = grondslagen.recordBasis(household.id(),
						new Grondslagen.NewBasis(null, organisation, Grondslag.Soort.TOESTEMMING,
								"Doorverwijzing en afstemming over de begeleiding",
								EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
								stage % 3 == 0 ? Grondslag.Wijze.MONDELING_MET_GETUIGE : Grondslag.Wijze.ONDERTEKEND,
								stage % 3 == 0 ? "Fatima Haddad (tolk)" : null, null, today.minusDays(daysAgo + 1),
								today.plusYears(1)));
				var sent = referrals.refer(household.id(), person.personId(), organisation, null,
						reasons[stage % reasons.length],
						EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
						Locale.forLanguageTag("nl"), clock.instant().minus(Duration.ofDays(daysAgo)));
				return new UUID[] { sent.doorverwijzing().id(), basis.grondslag().id() };
			});
			UUID id = referral[0];
			if (stage % 7 == 2 || stage % 7 == 4 || stage % 7 == 5) {
				accepted.add(household);
			}
			switch (stage % 7) {
				case 2 -> onBehalf(caseManager, household, id, Doorverwijzing.Status.GEACCEPTEERD, null, 0);
				case 3 -> onBehalf(caseManager, household, id, Doorverwijzing.Status.AFGEWEZEN,
						"Geen plek tot na de zomer", 0);
				case 4 -> background.runAs("partner", () -> {
					partnerInbox.step(id, 0, Doorverwijzing.Status.GEACCEPTEERD, null);
					partnerInbox.step(id, 1, Doorverwijzing.Status.GESTART, null);
					partnerInbox.note(id, "Eerste afspraak geweest; samen de toeslagen aangevraagd.");
				});
				case 5 -> {
					onBehalf(caseManager, household, id, Doorverwijzing.Status.GEACCEPTEERD, null, 0);
					onBehalf(caseManager, household, id, Doorverwijzing.Status.GESTART, null, 1);
					onBehalf(caseManager, household, id, Doorverwijzing.Status.AFGEROND, null, 2);
				}
				case 6 -> background.runAs(caseManager, () -> grondslagen.withdraw(household.id(), referral[1], 0));
				default -> {
					// 0: just sent; 1: sent weeks ago and not answered, so overdue
				}
			}
		}
		return accepted;
	}

	private void onBehalf(String caseManager, HouseholdView household, UUID referral, Doorverwijzing.Status next,
			@Nullable String reason, long version) {
		background.runAs(caseManager, () -> referrals.stepOnBehalf(household.id(), referral, version, next, reason));
	}

}
