package nl.verbinder.inburgering.web;

import java.util.function.Supplier;
import nl.verbinder.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/**
 * What every page of the module does with a submitted form that records something: when
 * the binding found no errors, the recording runs and says where to go next (a redirect
 * with a flash attribute); a rule it breaks becomes the form's error, in the reader's
 * language, and the page shows the form again, as it does with the binding's errors.
 */
final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param invalidCode the message key of the form's error when a rule refuses what it
	 * asks, with the rule as its argument
	 * @param recording records what the form asks and gives the view to go to
	 * @param page shows the form again
	 */
	static String submit(BindingResult errors, String invalidCode, Supplier<String> recording, Supplier<String> page) {
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

}
