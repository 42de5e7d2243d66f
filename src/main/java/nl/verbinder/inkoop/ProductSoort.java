package nl.verbinder.inkoop;

/**
 * What a contract buys: the learning routes, the parts of the integration obligation, and
 * the support around them.
 */
public enum ProductSoort {

	B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE, PVT, MAP, WORKSHOP, TAALMAATJE, JOBCOACHING

}
