package nl.verbinder.shell;

import java.util.function.Supplier;
import nl.verbinder.shared.RuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every page does with a submitted form, in one of two ways. A form that records
 * something ({@link #submit}): when the binding found no errors, the recording runs and
 * says where to go next (a redirect with a flash attribute); a rule it breaks becomes the
 * form's error, in the reader's language, and the page shows the form again, as it does
 * with the binding's errors. A step on a page (a button, a short form: {@link #step}):
 * the step runs and the page it came from says it was done ({@code saved}) or, in the
 * reader's language, why it was refused ({@code stepError}).
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param invalidCode the message key of the form's error when a rule refuses what it
	 * asks, with the rule as its argument
	 * @param recording records what the form asks and gives the view to go to
	 * @param page shows the form again
	 */
	public static String submit(BindingResult errors, String invalidCode, Supplier<String> recording,
			Supplier<String> page) {
		if (!errors.hasErrors()) {
			try {
				return recording.get();
			}
			catch (IllegalArgumentException e) {
				errors.reject(invalidCode, new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		return page.get();
	}

	/**
	 * Takes a step and goes {@code back}, saying {@code saved} (a message key) when it
	 * was taken, or the rule that refused it.
	 * @param back the view to go to, a redirect
	 */
	public static String step(RedirectAttributes redirect, String back, String saved, Runnable step) {
		return step(redirect, back, () -> {
			step.run();
			redirect.addFlashAttribute("saved", saved);
			return back;
		});
	}

	/**
	 * Takes a step that says itself what it flashes and where to go when it was taken;
	 * when a rule refuses it, the rule is flashed and the page goes {@code back}.
	 * @param back the view to go to when refused, a redirect
	 */
	public static String step(RedirectAttributes redirect, String back, Supplier<String> step) {
		try {
			return step.get();
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("stepError", RuleViolation.reason(e));
			return back;
		}
	}

}
