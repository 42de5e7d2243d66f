package nl.verbinder.placement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a run failed, as a message key with its arguments, stored so: pages and API say it
 * in the reader's language, never in the optimiser's English. Whole-number arguments are
 * numbers again when formatted.
 */
public record RunMessage(String code, List<String> arguments) implements MessageSourceResolvable {

	public RunMessage {
		arguments = List.copyOf(arguments);
	}

	static RunMessage of(String code, Object... arguments) {
		return new RunMessage(code, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	@Override
	@JsonIgnore
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	@JsonIgnore
	public Object[] getArguments() {
		return arguments.stream().map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a) : a).toArray();
	}

}
