package nl.verbinder.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shell.PortalLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The case manager's side of portal invitations, reached from the household page: invite
 * an adult member (the answer is the printable letter, the one time the code is shown),
 * see the household's invitations and revoke an open one. The paths lie under
 * {@code /huishoudens/**}, so the household permissions apply.
 */
@Controller
class InvitationPages {

	/** One language's half of the letter, resolved in that language. */
	record LetterSide(String lang, @Nullable String dir, String title, String greeting, String body, List<String> steps,
			String codeLabel, String usernameLabel, String validUntil, String questions) {
	}

	private final Invitations invitations;

	private final Inburgering inburgering;

	private final MessageSource messages;

	private final Clock clock;

	InvitationPages(Invitations invitations, Inburgering inburgering, MessageSource messages, Clock clock) {
		this.invitations = invitations;
		this.inburgering = inburgering;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/huishoudens/{id}/portaal")
	String invitationsPage(@PathVariable UUID id, Model model) {
		return page(id, model, null);
	}

	private String page(UUID id, Model model, @Nullable MessageSourceResolvable error) {
		HouseholdView household = inburgering.household(new HouseholdId(id));
		LocalDate adultsBornBefore = LocalDate.now(clock).minusYears(18).plusDays(1);
		model.addAttribute("household", household);
		model.addAttribute("adults",
				household.members().stream().filter(m -> m.geboortedatum().isBefore(adultsBornBefore)).toList());
		model.addAttribute("names", household.members()
			.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, m -> m.voornaam() + " " + m.achternaam())));
		model.addAttribute("invitations", invitations.ofHousehold(new HouseholdId(id)));
		model.addAttribute("portalLanguages", PortalLanguage.values());
		model.addAttribute("now", clock.instant());
		model.addAttribute("error", error);
		return "portal/invitations";
	}

	@PostMapping("/huishoudens/{id}/portaal")
	String invite(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID persoon,
			@RequestParam(required = false) @Nullable String taal, Model model, Locale locale) {
		Invitations.Issued issued;
		try {
			if (persoon == null) {
				throw new RuleViolation("rule.invitation.person");
			}
			issued = invitations.invite(new HouseholdId(id), persoon, taal == null ? "" : taal);
		}
		catch (RuleViolation | NoSuchElementException e) {
			return page(id, model, RuleViolation.reason(e));
		}
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/portaal/activeren")
			.queryParam("code", issued.code())
			.build()
			.toUriString();
		PortalLanguage own = PortalLanguage.of(issued.invitation().language()).orElse(PortalLanguage.NL);
		List<LetterSide> sides = new ArrayList<>();
		sides.add(side(own, issued));
		if (own != PortalLanguage.NL) {
			sides.add(side(PortalLanguage.NL, issued));
		}
		model.addAttribute("householdId", id);
		model.addAttribute("issued", issued);
		model.addAttribute("sides", sides);
		model.addAttribute("activationUrl", url);
		model.addAttribute("qr", QrCode.svgDataUri(url));
		return "portal/letter";
	}

	private LetterSide side(PortalLanguage language, Invitations.Issued issued) {
		Locale l = language.locale();
		String until = DateTimeFormatter.ofPattern("dd-MM-yyyy")
			.format(issued.invitation().expiresAt().atZone(ZoneId.systemDefault()));
		return new LetterSide(language.tag(), language.direction(), msg("portal.letter.title", l),
				msg("portal.letter.greeting", l, issued.voornaam()), msg("portal.letter.body", l),
				List.of(msg("portal.letter.step.open", l), msg("portal.letter.step.code", l),
						msg("portal.letter.step.password", l)),
				msg("portal.letter.code", l), msg("portal.letter.username", l),
				msg("portal.letter.valid-until", l, until), msg("portal.letter.questions", l));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@PostMapping("/huishoudens/{id}/portaal/{invitation}/intrekken")
	String revoke(@PathVariable UUID id, @PathVariable UUID invitation, Model model, RedirectAttributes redirect) {
		try {
			invitations.revoke(new HouseholdId(id), invitation);
		}
		catch (RuleViolation | NoSuchElementException e) {
			return page(id, model, RuleViolation.reason(e));
		}
		redirect.addFlashAttribute("saved", "invitation.revoked");
		return "redirect:/huishoudens/" + id + "/portaal";
	}

}
