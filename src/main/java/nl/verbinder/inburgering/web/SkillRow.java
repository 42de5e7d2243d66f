package nl.verbinder.inburgering.web;

/**
 * One language a person speaks, as a row of the profile form; a row left empty is no
 * language.
 */
public class SkillRow {

	String taal = "";

	String niveau = "";

	public String getTaal() {
		return taal;
	}

	public void setTaal(String v) {
		taal = v;
	}

	public String getNiveau() {
		return niveau;
	}

	public void setNiveau(String v) {
		niveau = v;
	}

	boolean blank() {
		return taal.isBlank() && niveau.isBlank();
	}

}
