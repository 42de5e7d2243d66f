package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Leaving the pool: from which day, and why. */
public class LeaveForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate einde;

	@NotBlank
	@Size(max = 500)
	String reden = "";

	public @Nullable LocalDate getEinde() {
		return einde;
	}

	public void setEinde(@Nullable LocalDate v) {
		einde = v;
	}

	public String getReden() {
		return reden;
	}

	public void setReden(String v) {
		reden = v;
	}

}
