package nl.verbinder.inburgering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One education, as a row of the profile form; a row left empty is no education. */
public class EducationRow {

	String niveau = "";

	@Size(max = 200)
	String richting = "";

	String land = "";

	@Min(1900)
	@Max(2100)
	Integer totJaar;

	boolean diploma;

	public String getNiveau() {
		return niveau;
	}

	public void setNiveau(String v) {
		niveau = v;
	}

	public String getRichting() {
		return richting;
	}

	public void setRichting(String v) {
		richting = v;
	}

	public String getLand() {
		return land;
	}

	public void setLand(String v) {
		land = v;
	}

	public Integer getTotJaar() {
		return totJaar;
	}

	public void setTotJaar(Integer v) {
		totJaar = v;
	}

	public boolean isDiploma() {
		return diploma;
	}

	public void setDiploma(boolean v) {
		diploma = v;
	}

	boolean blank() {
		return niveau.isBlank() && richting.isBlank() && land.isBlank() && totJaar == null;
	}

}
