package nl.verbinder.inburgering.web;

import nl.verbinder.shell.FormSubmission;
import nl.verbinder.inburgering.AfspraakSoort;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadEntry;
import nl.verbinder.inburgering.FollowUpNotices;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Contacten;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Timeline;
import nl.verbinder.inburgering.Inburgeringstermijn;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Locale;
import nl.verbinder.reference.Land;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.access.Permission;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The case manager's household pages: the caseload and the household page. The household
 * page gathers what other parts keep (the household, its caseload row, timeline, contact
 * moments, reference names, the follow-up notices other modules add, and whether an
 * emergency access opened it), which is why it has more collaborators than most pages.
 */
@Controller
class HouseholdPages {

	private final Inburgering inburgering;

	private final Caseload caseload;

	private final Timeline timeline;

	private final Contacten contacten;

	private final AccessControl access;

	private final ReferenceData reference;

	private final Clock clock;

	private final ObjectProvider<FollowUpNotices> notices;

	private final EmergencyAccess emergencyAccess;

	HouseholdPages(Inburgering inburgering, Caseload caseload, Timeline timeline, Contacten contacten,
			AccessControl access, ReferenceData reference, Clock clock, ObjectProvider<FollowUpNotices> notices,
			EmergencyAccess emergencyAccess) {
		this.notices = notices;
		this.emergencyAccess = emergencyAccess;
		this.inburgering = inburgering;
		this.caseload = caseload;
		this.timeline = timeline;
		this.contacten = contacten;
		this.access = access;
		this.reference = reference;
		this.clock = clock;
	}

	@GetMapping("/huishoudens")
	String caseload(@RequestParam(name = "naam", required = false) String name,
			@RequestParam(name = "gemeente", required = false) String gemeente,
			@RequestParam(name = "leerroute", required = false) String leerroute,
			@RequestParam(name = "fase", required = false) String fase,
			@RequestParam(name = "dagenZonderContact", required = false) Integer daysWithoutContact,
			@RequestParam(name = "openAfspraken", defaultValue = "false") boolean openAgreements, Model model) {
		model.addAttribute("naam", name);
		model.addAttribute("gemeente", gemeente);
		model.addAttribute("leerroute", leerroute);
		model.addAttribute("fase", fase);
		model.addAttribute("fasen", Inburgeringstermijn.Fase.values());
		model.addAttribute("routes", List.of("B1", "ONDERWIJS", "Z"));
		model.addAttribute("dagenZonderContact", daysWithoutContact);
		model.addAttribute("openAfspraken", openAgreements);
		model.addAttribute("gemeenten", access.scopeFor(Permission.HOUSEHOLD_READ).gemeenten());
		try {
			var filter = new CaseloadFilter(name,
					gemeente == null || gemeente.isBlank() ? null : GemeenteCode.of(gemeente), leerroute,
					fase == null || fase.isBlank() ? null : Inburgeringstermijn.Fase.valueOf(fase), daysWithoutContact,
					openAgreements);
			List<CaseloadEntry> entries = caseload.list(filter, 100);
			model.addAttribute("entries", entries);
			Map<HouseholdId, Integer> counts = new HashMap<>();
			notices.orderedStream()
				.forEach(n -> n.openCounts(entries.stream().map(CaseloadEntry::id).toList())
					.forEach((k, v) -> counts.merge(k, v, Integer::sum)));
			model.addAttribute("noticeCounts", counts);
			String digits = name == null ? "" : name.replaceAll("[\\s.]", "");
			if (entries.isEmpty() && Bsn.valid(digits)) {
				// Offered after every search by a full BSN that found nothing here,
				// whether or
				// not the household exists elsewhere: the offer says nothing about
				// existence.
				model.addAttribute("emergencyBsn", digits);
			}
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("filterError", RuleViolation.reason(e));
			model.addAttribute("entries", List.of());
		}
		return "inburgering/caseload";
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@GetMapping("/huishoudens/{id}")
	String household(@PathVariable String id, Model model, Locale locale) {
		var contact = new ContactForm();
		contact.setDatum(LocalDate.now(clock));
		model.addAttribute("contact", contact);
		return householdPage(id, model, locale);
	}

	@PostMapping("/huishoudens/{id}/leden")
	String addMember(@PathVariable String id, @Valid @ModelAttribute("member") MemberForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				inburgering.addMember(HouseholdId.of(id), form.getVersie(), form.toNewMember(form.getGezinsrol()),
						form.isBevestigd());
				redirect.addFlashAttribute("memberAdded", true);
				return "redirect:/huishoudens/" + id + "#leden";
			}
			catch (Inburgering.PossibleDuplicate e) {
				model.addAttribute("memberDuplicates", e.candidates());
			}
			catch (Inburgering.BsnRegistered e) {
				model.addAttribute("bsnRegisteredIn", e.household());
			}
			catch (IllegalArgumentException e) {
				errors.reject("household.member.invalid", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		var contact = new ContactForm();
		contact.setDatum(LocalDate.now(clock));
		model.addAttribute("contact", contact);
		return householdPage(id, model, locale);
	}

	@PostMapping("/huishoudens/{id}/contactmomenten")
	String recordContact(@PathVariable String id, @Valid @ModelAttribute("contact") ContactForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		return FormSubmission.submit(errors, "contact.invalid", () -> {
			List<Contacten.NewAfspraak> afspraken = form.getAfspraak().isBlank() ? List.of()
					: List.of(new Contacten.NewAfspraak(form.getAfspraak(),
							form.getDeadline() == null ? form.getDatum().plusWeeks(2) : form.getDeadline(),
							form.getAfspraakSoort()));
			contacten.record(HouseholdId.of(id), form.getDatum(), form.getKanaal(),
					Arrays.stream(form.getAanwezigen().split(",")).map(String::strip).toList(), form.getVertolking(),
					blankToNull(form.getTaal()), form.getSamenvatting(), afspraken);
			redirect.addFlashAttribute("contactRecorded", true);
			return "redirect:/huishoudens/" + id + "#contactmomenten";
		}, () -> householdPage(id, model, locale));
	}

	@PostMapping("/huishoudens/{id}/contactmomenten/{contactId}/afspraken/{nummer}/afgerond")
	String completeAgreement(@PathVariable String id, @PathVariable String contactId, @PathVariable int nummer,
			@RequestParam long versie) {
		contacten.complete(HouseholdId.of(id), IntakeApi.uuid(contactId), nummer, versie);
		return "redirect:/huishoudens/" + id + "#contactmomenten";
	}

	private String householdPage(String id, Model model, Locale locale) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		model.addAttribute("household", household);
		// Opened by an emergency access: reading only, and only this module's part of the
		// household (the other modules' parts stay with its own municipality).
		var grant = emergencyAccess.active(household.id().value());
		model.addAttribute("emergencyGrant", grant.orElse(null));
		model.addAttribute("emergencyUntil",
				grant.map(g -> java.time.LocalDateTime.ofInstant(g.until(), DutchTime.ZONE)).orElse(null));
		// The household's own municipality sees who opened it by emergency access.
		model.addAttribute("openedInEmergency",
				grant.isPresent() ? List.of()
						: emergencyAccess.ofHousehold(household.id().value(), GemeenteCode.of(household.gemeente()))
							.stream()
							.map(g -> new OpenedInEmergency(g.actor(), g.actorGemeente().value(), g.reason(),
									java.time.LocalDateTime.ofInstant(g.grantedAt(), DutchTime.ZONE),
									java.time.LocalDateTime.ofInstant(g.until(), DutchTime.ZONE)))
							.toList());
		if (!model.containsAttribute("member")) {
			var member = new MemberForm();
			member.setAchternaam(household.members().isEmpty() ? "" : household.members().getFirst().achternaam());
			model.addAttribute("member", member);
		}
		((MemberForm) model.getAttribute("member")).setVersie(household.version());
		model.addAttribute("gezinsrollen", Gezinsrol.values());
		model.addAttribute("geslachten", Geslacht.values());
		model.addAttribute("landen", reference.landen(locale));
		model.addAttribute("contacts", contacten.forHousehold(HouseholdId.of(id)));
		model.addAttribute("timeline", timeline.of(HouseholdId.of(id)));
		model.addAttribute("notices", grant.isPresent() ? List.of()
				: notices.orderedStream().flatMap(n -> n.open(HouseholdId.of(id)).stream()).toList());
		model.addAttribute("afspraakSoorten", AfspraakSoort.values());
		model.addAttribute("talen", reference.newcomerTalen());
		// The contact moment's channels and kinds of interpreting, as the contact API
		// accepts them.
		model.addAttribute("kanalen", List.of("HUISBEZOEK", "KANTOOR", "TELEFOON", "VIDEO", "BIJ_PARTNER"));
		model.addAttribute("vertolkingen", List.of("GEEN", "TOLK", "SLEUTELPERSOON"));
		model.addAttribute("countryNames",
				reference.landen().stream().collect(Collectors.toMap(Land::alpha2, l -> l.name(locale))));
		return "inburgering/household";
	}

	/**
	 * An emergency access to this household by a case manager of another municipality.
	 */
	record OpenedInEmergency(String actor, String actorGemeente, String reason, java.time.LocalDateTime from,
			java.time.LocalDateTime until) {
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		model.addAttribute("perGemeente", inburgering.householdsPerGemeente());
		return "inburgering/figures";
	}

}
