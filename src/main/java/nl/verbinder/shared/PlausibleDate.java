package nl.verbinder.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date that can be true for what it describes: not before 1 January of {@link #from()}
 * and not more than {@link #yearsAhead()} years after today (0: not after today). Written
 * once here and put on every date that people or programs enter, with the bounds of that
 * field:
 * <ul>
 * <li>a birth date: {@code @PlausibleDate(from = 1900, yearsAhead = 0)};</li>
 * <li>an arrival in the municipality:
 * {@code @PlausibleDate(from = 2000, yearsAhead = 1)};</li>
 * <li>something that happened (a contact, an intake, a permit):
 * {@code @PlausibleDate(yearsAhead = 0)};</li>
 * <li>a deadline or target date: the default, from 2000 up to ten years ahead.</li>
 * </ul>
 * Empty values are left to {@code @NotNull}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

	/** The earliest year (its 1 January) the date may fall in. */
	int from() default 2000;

	/** How many years after today the date may lie; 0 means not after today. */
	int yearsAhead() default 10;

	String message() default "{validation.date.plausible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		private int from;

		private int yearsAhead;

		@Override
		public void initialize(PlausibleDate annotation) {
			this.from = annotation.from();
			this.yearsAhead = annotation.yearsAhead();
		}

		@Override
		public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			LocalDate today = LocalDate.now(context.getClockProvider().getClock());
			return !value.isBefore(LocalDate.of(from, 1, 1)) && !value.isAfter(today.plusYears(yearsAhead));
		}

	}

}
