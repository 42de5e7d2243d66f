package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/** One language row of the form: a language and how well. */
public class LanguageRow {

	String taal = "";

	@Nullable LanguageLevel niveau;

	public String getTaal() {
		return taal;
	}

	public void setTaal(String v) {
		taal = v == null ? "" : v;
	}

	public @Nullable LanguageLevel getNiveau() {
		return niveau;
	}

	public void setNiveau(@Nullable LanguageLevel v) {
		niveau = v;
	}

}
