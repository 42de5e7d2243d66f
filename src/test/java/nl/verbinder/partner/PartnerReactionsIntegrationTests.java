package nl.verbinder.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.PipEstablished;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import java.time.Instant;

/**
 * The partner module's reactions, each after the commit of what caused it and each
 * harmless when the event comes again: withdrawn consent stops the open referrals that
 * rested on it; an established plan puts a notice on the referrals an organisation
 * accepted for the household.
 */
@VerbinderIntegrationTest
@EnableScenarios
class PartnerReactionsIntegrationTests {

	private static final UUID VWN = UUID.nameUUIDFromBytes("organisatie-VluchtelingenWerk Achterhoek".getBytes());

	private static final String CASE_MANAGER = "consulent.montferland";

	@Autowired
	BackgroundWork background;

	@Autowired
	AccessControl access;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Grondslagen grondslagen;

	@Autowired
	Referrals referrals;

	@Autowired
	PartnerInbox inbox;

	@Autowired
	Collaboration collaboration;

	/**
	 * A new Montferland household with consent for VluchtelingenWerk and a referral to
	 * it.
	 */
	private Referred referred(String voornaam) {
		return background.callAs(CASE_MANAGER, () -> {
			HouseholdView h = inburgering.register(new GemeenteCode("GM1955"), "Kerkstraat 3", "6941 AA",
					LocalDate.now().minusMonths(2),
					List.of(new Inburgering.NewMember(voornaam, "Reactie" + Long.toString(System.nanoTime(), 36),
							LocalDate.of(1994, 4, 4), Gezinsrol.INBURGERAAR)),
					true);
			var basis = grondslagen.recordBasis(h.id(),
					new Grondslagen.NewBasis(null, VWN, Grondslag.Soort.TOESTEMMING, "Begeleiding in het eerste jaar",
							EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES), Grondslag.Wijze.ONDERTEKEND, null, null,
							LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)));
			var referral = referrals.refer(h.id(), h.members().getFirst().personId(), VWN, null,
					"Hulp bij de toeslagen", Set.of(Gegevenscategorie.NAAM_EN_ADRES), Locale.forLanguageTag("nl"));
			return new Referred(h, basis.grondslag().id(), referral.doorverwijzing().id());
		});
	}

	record Referred(HouseholdView household, UUID basis, UUID referral) {
	}

	private Doorverwijzing.Status status(Referred r) {
		return view(r).doorverwijzing().status();
	}

	private int steps(Referred r) {
		return view(r).stappen().size();
	}

	/** The referral as the case manager sees it on the household's collaboration page. */
	private Referrals.ReferralView view(Referred r) {
		return background.callAs(CASE_MANAGER,
				() -> collaboration.household(r.household().id())
					.doorverwijzingen()
					.stream()
					.filter(v -> v.doorverwijzing().id().equals(r.referral()))
					.findFirst()
					.orElseThrow());
	}

	@Test
	void withdrawnConsentStopsTheOpenReferralsThatReliedOnItOnce(Scenario scenario) {
		Referred r = referred("Abeba");
		HouseholdId household = r.household().id();
		UUID caseManager = background.callAs(CASE_MANAGER, () -> access.currentActor().id().value());

		scenario.stimulate(() -> background.runAs(CASE_MANAGER, () -> grondslagen.withdraw(household, r.basis(), 0)))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> status(r), status -> status == Status.GESTOPT)
			.andVerify(status -> assertThat(steps(r)).isEqualTo(2));

		// The same event again changes nothing: the referral is closed already.
		scenario.publish(new ConsentWithdrawn(r.basis(), household.value(), VWN, Instant.now(), caseManager))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> reactedTo(r.basis()))
			.andVerify(done -> {
				assertThat(status(r)).isEqualTo(Status.GESTOPT);
				assertThat(steps(r)).isEqualTo(2);
			});
	}

	@Test
	void anEstablishedPlanPutsANoticeOnTheReferralsAnOrganisationAcceptedOncePerVersion(Scenario scenario) {
		Referred accepted = referred("Dawit");
		background.runAs("partner", () -> inbox.step(accepted.referral(), 0, Status.GEACCEPTEERD, null));
		UUID caseManager = background.callAs(CASE_MANAGER, () -> access.currentActor().id().value());
		UUID person = accepted.household().members().getFirst().personId();
		PipEstablished established = new PipEstablished(UUID.randomUUID(), person, accepted.household().id().value(),
				"GM1955", 2, "B1", LocalDate.now(), LocalDate.now().plusYears(3), caseManager);

		scenario.publish(established)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> notices(accepted), notices -> !notices.isEmpty())
			.andVerify(notices -> assertThat(notices).containsExactly(LocalDate.now()));

		scenario.publish(established)
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> reactedTo(established.pipId()))
			.andVerify(done -> assertThat(notices(accepted)).hasSize(1));

		// A referral the organisation has not accepted gets no notice; the partner sees
		// it only as sent.
		Referred sent = referred("Yonas");
		UUID sentPerson = sent.household().members().getFirst().personId();
		UUID plan = UUID.randomUUID();
		scenario
			.publish(new PipEstablished(plan, sentPerson, sent.household().id().value(), "GM1955", 1, "B1",
					LocalDate.now(), LocalDate.now().plusYears(3), caseManager))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> reactedTo(plan))
			.andVerify(done -> assertThat(notices(sent)).isEmpty());
	}

	@Autowired
	JdbcClient jdbc;

	/**
	 * Every reaction to the events that name this id has completed (none is outstanding
	 * in the registry).
	 */
	private boolean reactedTo(UUID id) {
		return jdbc
			.sql("select count(*) = 0 from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + id + "%")
			.query(Boolean.class)
			.single();
	}

	private List<LocalDate> notices(Referred r) {
		return background.callAs("partner", () -> inbox.referral(r.referral()).planVastgesteld());
	}

}
