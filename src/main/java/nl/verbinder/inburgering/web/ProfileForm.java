package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.PersonProfile;
import nl.verbinder.inburgering.ProfileView;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's whole profile as one form: languages, education and work (with empty rows
 * for new ones).
 */
public class ProfileForm {

	private long versie;

	List<@Valid SkillRow> talen = new ArrayList<>();

	List<@Valid EducationRow> opleidingen = new ArrayList<>();

	List<@Valid WorkRow> werkervaring = new ArrayList<>();

	@Size(max = PersonProfile.MAX_TEXT)
	String talenten = "";

	@Size(max = PersonProfile.MAX_TEXT)
	String wensen = "";

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

	public List<SkillRow> getTalen() {
		return talen;
	}

	public void setTalen(List<SkillRow> v) {
		talen = v;
	}

	public List<EducationRow> getOpleidingen() {
		return opleidingen;
	}

	public void setOpleidingen(List<EducationRow> v) {
		opleidingen = v;
	}

	public List<WorkRow> getWerkervaring() {
		return werkervaring;
	}

	public void setWerkervaring(List<WorkRow> v) {
		werkervaring = v;
	}

	public String getTalenten() {
		return talenten;
	}

	public void setTalenten(String v) {
		talenten = v;
	}

	public String getWensen() {
		return wensen;
	}

	public void setWensen(String v) {
		wensen = v;
	}

	static ProfileForm of(ProfileView view) {
		var form = new ProfileForm();
		form.versie = view.versie();
		view.talen().forEach(t -> {
			var row = new SkillRow();
			row.taal = t.taal();
			row.niveau = t.niveau().name();
			form.talen.add(row);
		});
		view.opleidingen().forEach(e -> {
			var row = new EducationRow();
			row.niveau = e.niveau().name();
			row.richting = e.richting();
			row.land = e.land() == null ? "" : e.land();
			row.totJaar = e.totJaar();
			row.diploma = e.diploma();
			form.opleidingen.add(row);
		});
		view.werkervaring().forEach(w -> {
			var row = new WorkRow();
			row.functie = w.functie();
			row.beroep = w.beroep() == null ? "" : w.beroep();
			row.escoUri = w.escoUri() == null ? "" : w.escoUri();
			row.land = w.land() == null ? "" : w.land();
			row.vanJaar = w.vanJaar();
			row.totJaar = w.totJaar();
			form.werkervaring.add(row);
		});
		form.talenten = view.talenten();
		form.wensen = view.wensen();
		return form;
	}

	/** Adds empty rows to fill in, so the form can take new entries. */
	ProfileForm withEmptyRows() {
		talen.removeIf(SkillRow::blank);
		opleidingen.removeIf(EducationRow::blank);
		werkervaring.removeIf(WorkRow::blank);
		for (int i = 0; i < ProfilePages.EMPTY_ROWS; i++) {
			talen.add(new SkillRow());
			opleidingen.add(new EducationRow());
			werkervaring.add(new WorkRow());
		}
		return this;
	}

}
