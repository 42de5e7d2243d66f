package nl.verbinder.inburgering.web;

import nl.verbinder.shell.FormSubmission;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page about one member of a household with a form that records something for them
 * shares (the intake, the profile, the afronding, the uitstroom): the page's address
 * {@code /huishoudens/{id}/leden/{personId}/<path>}, the household and the member read
 * within the reader's scope (a member of another household is not found), and the
 * recording of a bound form for that member ({@link FormSubmission}), which goes back to
 * the page with a flash attribute.
 */
final class MemberPage {

	private final Inburgering inburgering;

	private final String path;

	private final String invalidCode;

	/**
	 * @param path the last part of the page's address
	 * @param invalidCode the message key of the form's error when a rule refuses what it
	 * asks, with the rule as its argument
	 */
	MemberPage(Inburgering inburgering, String path, String invalidCode) {
		this.inburgering = inburgering;
		this.path = path;
		this.invalidCode = invalidCode;
	}

	/** The member {@code personId} of the household {@code id}. */
	HouseholdView.MemberView member(String id, String personId) {
		return inburgering.household(HouseholdId.of(id)).member(IntakeApi.uuid(personId));
	}

	/**
	 * The household and the member in the model (as {@code household} and
	 * {@code member}).
	 */
	HouseholdView.MemberView show(String id, String personId, Model model) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		HouseholdView.MemberView member = household.member(IntakeApi.uuid(personId));
		model.addAttribute("household", household);
		model.addAttribute("member", member);
		return member;
	}

	/** Back to the page. */
	String redirect(String id, String personId) {
		return "redirect:/huishoudens/" + id + "/leden/" + personId + "/" + path;
	}

	/**
	 * Records what the form asks for the member when it is bound without errors: back to
	 * the page with the flash attribute {@code flash} once it is recorded; otherwise
	 * {@code page} shows the form again with the binding's errors or the rule that
	 * refused it.
	 */
	String record(String id, String personId, BindingResult errors, RedirectAttributes redirect, String flash,
			Consumer<UUID> recording, Supplier<String> page) {
		UUID person = member(id, personId).personId();
		return FormSubmission.submit(errors, invalidCode, () -> {
			recording.accept(person);
			redirect.addFlashAttribute(flash, true);
			return redirect(id, personId);
		}, page);
	}

}
