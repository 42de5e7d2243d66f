package nl.verbinder.inburgering;

/**
 * The parts of the integration obligation (inburgeringsplicht) a learning route consists
 * of.
 */
public enum Onderdeel {

	/**
	 * Participatieverklaringstraject: the participation-statement trajectory; part of
	 * every route.
	 */
	PVT,
	/**
	 * Module Arbeidsmarkt en Participatie: the labour-market and participation module.
	 */
	MAP,
	/** Kennis van de Nederlandse Maatschappij: knowledge of Dutch society. */
	KNM,
	/** The language exams at level B1 (reading, listening, writing, speaking). */
	TAALEXAMENS_B1,
	/** An education programme that leads to (preparation for) MBO, HBO or university. */
	ONDERWIJSPROGRAMMA,
	/**
	 * The self-reliance programme of about 1,600 hours: Dutch to A1 and practical
	 * self-reliance.
	 */
	ZELFREDZAAMHEIDSPROGRAMMA

}
