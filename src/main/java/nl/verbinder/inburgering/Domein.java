package nl.verbinder.inburgering;

/**
 * The 14 domains of the Indicators of Integration framework (UK Home Office, 2019), in
 * its four groups: markers and means, social connections, facilitators, and the
 * foundation.
 */
public enum Domein {

	WERK, HUISVESTING, ONDERWIJS, GEZONDHEID_EN_ZORG, VRIJE_TIJD, SOCIALE_BANDEN, SOCIALE_BRUGGEN, SOCIALE_VERBINDINGEN,
	TAAL_EN_COMMUNICATIE, CULTUUR, DIGITALE_VAARDIGHEDEN, VEILIGHEID, STABILITEIT, RECHTEN_EN_PLICHTEN

}
