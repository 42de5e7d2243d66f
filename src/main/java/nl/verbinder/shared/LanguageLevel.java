package nl.verbinder.shared;

/**
 * How well someone speaks a language: the CEFR levels, A0 for "not yet", and a mother
 * tongue. Used for newcomers' profiles and for the languages key persons work in.
 */
public enum LanguageLevel {

	A0, A1, A2, B1, B2, C1, C2, NATIVE;

	/** At least {@code other}: a mother tongue is above C2. */
	public boolean atLeast(LanguageLevel other) {
		return compareTo(other) >= 0;
	}

}
