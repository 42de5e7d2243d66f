package nl.verbinder.outcomes;

/**
 * A reader waited for a count of figures that failed, and there is no earlier count to
 * give instead (see {@link SharedCount}): the page says the figures are not available now
 * and asks to try again shortly (503), instead of failing.
 */
class FiguresUnavailableException extends RuntimeException {

	FiguresUnavailableException(RuntimeException cause) {
		super("The figures could not be counted and there is no earlier count", cause);
	}

}
