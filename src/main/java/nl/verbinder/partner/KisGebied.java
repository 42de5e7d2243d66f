package nl.verbinder.partner;

/**
 * The six areas of participation in which the Kennisplatform Inclusief Samenleven (KIS)
 * groups what newcomers do and need; organisations tag their offer with them.
 */
public enum KisGebied {

	ONTMOETEN, ZORGEN_VOOR_ANDEREN, ZELFREDZAAMHEID, FINANCIELE_GEZONDHEID, BETAALD_WERK, BIJDRAGEN_AAN_SAMENLEVING

}
