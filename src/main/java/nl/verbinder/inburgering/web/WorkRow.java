package nl.verbinder.inburgering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One job, as a row of the profile form; a row left empty is no job. */
public class WorkRow {

	@Size(max = 200)
	String functie = "";

	@Size(max = 300)
	String beroep = "";

	@Size(max = 200)
	String escoUri = "";

	String land = "";

	@Min(1900)
	@Max(2100)
	Integer vanJaar;

	@Min(1900)
	@Max(2100)
	Integer totJaar;

	public String getFunctie() {
		return functie;
	}

	public void setFunctie(String v) {
		functie = v;
	}

	public String getBeroep() {
		return beroep;
	}

	public void setBeroep(String v) {
		beroep = v;
	}

	public String getEscoUri() {
		return escoUri;
	}

	public void setEscoUri(String v) {
		escoUri = v;
	}

	public String getLand() {
		return land;
	}

	public void setLand(String v) {
		land = v;
	}

	public Integer getVanJaar() {
		return vanJaar;
	}

	public void setVanJaar(Integer v) {
		vanJaar = v;
	}

	public Integer getTotJaar() {
		return totJaar;
	}

	public void setTotJaar(Integer v) {
		totJaar = v;
	}

	boolean blank() {
		return functie.isBlank() && beroep.isBlank() && land.isBlank() && vanJaar == null && totJaar == null;
	}

}
