package nl.verbinder.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.WorkContacts;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.inburgering.Pip;
import nl.verbinder.inburgering.PipView;
import nl.verbinder.partner.OwnSharing;
import nl.verbinder.shell.PortalLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The portal's API: what the signed-in newcomer sees of their own file (and their minor
 * children's), read through the owning modules' public APIs, every read in the processing
 * log as the newcomer's own access.
 */
@Service
public class Portal {

	/** A newcomer looking at their own data and their minor children's. */
	public static final ProcessingActivity OWN_ACCESS = new ProcessingActivity("portal.inzage",
			"Inzage door de nieuwkomer in de eigen gegevens en die van de minderjarige kinderen",
			"AVG art. 15 (recht op inzage), bij de wettelijke taak van de Wet inburgering 2021")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.PROCESSING_LOG)
		.keptFor(Period.ofYears(5));

	/**
	 * The newcomer's own voice: their wishes and talents, their own view of the life
	 * domains, and their ratings of what was arranged for them.
	 */
	public static final ProcessingActivity OWN_VOICE = new ProcessingActivity("portal.stem",
			"Wat de nieuwkomer zelf zegt: wensen en talenten, een eigen beoordeling van de leefgebieden en een waardering van wat voor hem of haar is geregeld",
			"Wet inburgering 2021, art. 15–16 (PIP en participatie), bij de wettelijke taak (AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.TALENTS_AND_WISHES)
		.keptFor(Period.ofYears(5));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities portalProcessingActivities() {
		return ProcessingActivities.of(OWN_ACCESS, OWN_VOICE, Questions.QUESTIONS, Invitations.INVITING);
	}

	/** The newcomer, their children and who their case manager is. */
	public record Home(String voornaam, List<String> kinderen, @JsonProperty("taal") String language) {
	}

	/**
	 * The plan for its reader: the version in force (established) if any, whether a newer
	 * version awaits a talk with the case manager, and how many whole months of the
	 * integration term are left.
	 */
	public record MyPlan(@JsonProperty("geldend") PipView.@Nullable VersieView inForce,
			@JsonProperty("teBespreken") boolean toDiscuss, @JsonProperty("maandenOver") int monthsLeft) {

		public boolean none() {
			return inForce == null && !toDiscuss;
		}
	}

	/**
	 * Who is involved with the newcomer: the case manager, key persons, and organisations
	 * that accepted a referral.
	 */
	public record MyContacts(@JsonProperty("consulent") WorkContacts.@Nullable WorkContact caseManager,
			List<OwnSharing.SleutelpersoonContact> sleutelpersonen,
			@JsonProperty("organisaties") List<OwnSharing.Contact> organisations) {
	}

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	private final OwnSharing sharing;

	private final WorkContacts workContacts;

	private final Clock clock;

	Portal(Newcomers newcomers, OwnFile ownFile, OwnSharing sharing, WorkContacts workContacts, Clock clock) {
		this.newcomers = newcomers;
		this.ownFile = ownFile;
		this.sharing = sharing;
		this.workContacts = workContacts;
		this.clock = clock;
	}

	public Home home() {
		Newcomers.Newcomer me = newcomers.current();
		OwnFile.Family family = ownFile.family(me.personId(), OWN_ACCESS);
		return new Home(family.self().voornaam(), family.minorChildren().stream().map(m -> m.voornaam()).toList(),
				me.language().tag());
	}

	public MyPlan plan() {
		Newcomers.Newcomer me = newcomers.current();
		Optional<PipView> pip = ownFile.pip(me.personId(), me.personId(), OWN_ACCESS);
		if (pip.isEmpty()) {
			return new MyPlan(null, false, 0);
		}
		PipView.VersieView inForce = pip.get()
			.versies()
			.stream()
			.filter(v -> v.status() == Pip.Status.VASTGESTELD)
			.reduce((a, b) -> b)
			.orElse(null);
		boolean toDiscuss = pip.get().current().status() == Pip.Status.BESPROKEN;
		return new MyPlan(inForce, toDiscuss, inForce == null ? 0 : monthsLeft(inForce.termijnEinde()));
	}

	int monthsLeft(LocalDate end) {
		LocalDate today = LocalDate.now(clock);
		return end.isAfter(today) ? (int) Period.between(today, end).toTotalMonths() : 0;
	}

	public MyContacts contacts() {
		Newcomers.Newcomer me = newcomers.current();
		OwnFile.Family family = ownFile.family(me.personId(), OWN_ACCESS);
		var caseManager = workContacts.of(new AccountId(family.caseManagerId())).orElse(null);
		return new MyContacts(caseManager, sharing.sleutelpersonen(me.personId(), OWN_ACCESS),
				sharing.contacts(me.personId(), OWN_ACCESS));
	}

	public List<OwnSharing.Basis> consents() {
		Newcomers.Newcomer me = newcomers.current();
		return sharing.bases(me.personId(), OWN_ACCESS);
	}

	public void withdraw(UUID grondslagId, long versie) {
		Newcomers.Newcomer me = newcomers.current();
		sharing.withdraw(me.personId(), grondslagId, versie, OWN_ACCESS);
	}

	/** Keeps the language the newcomer chose, for the next time they sign in. */
	public void chooseLanguage(PortalLanguage language) {
		newcomers.chooseLanguage(newcomers.current().accountId(), language);
	}

	public PortalLanguage language() {
		return newcomers.current().language();
	}

}
