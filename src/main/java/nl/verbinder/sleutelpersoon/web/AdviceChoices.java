package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.access.AccessControl;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the advice form, which three pages offer. */
@Component
class AdviceChoices {

	private final AccessControl access;

	private final ReferenceData reference;

	AdviceChoices(AccessControl access, ReferenceData reference) {
		this.access = access;
		this.reference = reference;
	}

	/**
	 * What the advice form offers: domains, the region's municipalities, countries in the
	 * reader's language.
	 */
	void addTo(Model model) {
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("regioGemeenten", access.region().gemeenteCodes());
		model.addAttribute("landen", reference.landen(LocaleContextHolder.getLocale()));
	}

}
