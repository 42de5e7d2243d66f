package nl.verbinder.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a paged list of the API can be sorted by (its resource's property names, the
 * whitelist of the {@code sort} parameter), on the list's {@link Paging} parameter. A
 * {@code sort} naming any other field is refused before the list is read.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sorting {

	/** The property names the list can be sorted by. */
	String[] value();

	/**
	 * What the list is sorted by when the caller does not say, in words for the OpenAPI
	 * document (e.g. "most urgent first").
	 */
	String byDefault() default "";

}
