package nl.verbinder.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A rule of the domain that input or a step broke, said as a message key with arguments
 * ({@code rule.referral.reason-length}) rather than as text: the page or the problem
 * handler resolves it from the bundles in the reader's language. {@link #getMessage()}
 * keeps the key and arguments for logs.
 * <p>
 * It is a {@link MessageSourceResolvable}, so a {@code MessageSource} resolves it
 * directly, also when it is the argument of another message
 * ({@code #{collab.refused(${error})}} on a page). Arguments are shown as they are,
 * except: a {@link LocalDate} becomes a date ({@code {0,date,long}} in the bundle shows
 * it in the reader's language), and a {@link #name(String, Object...) name} is itself
 * resolved from the bundles, so pages show names, never codes. A violated rule is a bad
 * request (400) unless a subclass says otherwise with {@code @ResponseStatus}.
 * <p>
 * It extends {@link IllegalArgumentException} so that what caught invalid input before
 * still catches it. The class uses one interface of Spring's core context (a library, not
 * a module), so {@code shared} still depends on no module.
 */
public class RuleViolation extends IllegalArgumentException implements MessageSourceResolvable {

	private static final String GENERAL = "rule.invalid";

	private final String code;

	private final @Nullable Object[] arguments;

	public RuleViolation(String code, @Nullable Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = Arrays.stream(arguments).map(RuleViolation::shown).toArray();
	}

	/** The message key. */
	public String code() {
		return code;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public @Nullable Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

	/**
	 * The key and the arguments (a name as its key), for logs:
	 * {@code rule.pip.regime [regime.WI2013]}.
	 */
	@Override
	public String getMessage() {
		return arguments.length == 0 ? code : code
				+ Arrays.stream(arguments).map(RuleViolation::logged).collect(Collectors.joining(", ", " [", "]"));
	}

	private static String logged(@Nullable Object argument) {
		if (argument instanceof MessageSourceResolvable name && name.getCodes() != null && name.getCodes().length > 0) {
			return name.getCodes()[0];
		}
		return String.valueOf(argument);
	}

	/**
	 * A name from the bundles as an argument, e.g.
	 * {@code name("request.status." + status)}.
	 */
	public static MessageSourceResolvable name(String code, @Nullable Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/**
	 * What to tell a reader about input that was refused: the violated rule, or for any
	 * other invalid input (a value that does not parse) a general sentence, never the
	 * exception's English text. The result is serialisable, so it may travel as a flash
	 * attribute.
	 */
	public static MessageSourceResolvable reason(RuntimeException refused) {
		if (refused instanceof RuleViolation violation) {
			return new DefaultMessageSourceResolvable(violation.getCodes(), violation.getArguments());
		}
		return new DefaultMessageSourceResolvable(GENERAL);
	}

	private static @Nullable Object shown(@Nullable Object argument) {
		if (argument instanceof LocalDate date) {
			// MessageFormat formats java.util.Date only; the message source formats dates
			// in
			// the region's zone, so midnight there is the day itself.
			return Date.from(date.atStartOfDay(DutchTime.ZONE).toInstant());
		}
		if (argument == null || argument instanceof Serializable) {
			return argument;
		}
		return argument.toString();
	}

}
