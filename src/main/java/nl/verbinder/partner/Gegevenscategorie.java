package nl.verbinder.partner;

/** The kinds of personal data a basis for sharing covers, and that a referral shares. */
public enum Gegevenscategorie {

	NAAM_EN_ADRES, GEBOORTEDATUM, TALEN, OPLEIDING_EN_WERK, INBURGERING

}
