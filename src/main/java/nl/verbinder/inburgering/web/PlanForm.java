package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The whole content of the plan as one form: route, term start, every goal and every
 * activity (plus an empty row for a new one of each), and a dual path. Emptying a row
 * removes it from the plan.
 */
public class PlanForm {

	private long versie;

	@NotNull
	@Pattern(regexp = "B1|ONDERWIJS|Z")
	String leerroute = "B1";

	@NotNull
	@PlausibleDate(yearsAhead = 1)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate termijnStart;

	@Size(max = 30)
	List<@Valid GoalRow> doelen = new ArrayList<>();

	@Size(max = 30)
	List<@Valid ActivityRow> activiteiten = new ArrayList<>();

	@Size(max = 500)
	String duaalTraject = "";

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

	public String getLeerroute() {
		return leerroute;
	}

	public void setLeerroute(String v) {
		leerroute = v;
	}

	public LocalDate getTermijnStart() {
		return termijnStart;
	}

	public void setTermijnStart(LocalDate v) {
		termijnStart = v;
	}

	public List<GoalRow> getDoelen() {
		return doelen;
	}

	public void setDoelen(List<GoalRow> v) {
		doelen = v;
	}

	public List<ActivityRow> getActiviteiten() {
		return activiteiten;
	}

	public void setActiviteiten(List<ActivityRow> v) {
		activiteiten = v;
	}

	public String getDuaalTraject() {
		return duaalTraject;
	}

	public void setDuaalTraject(String v) {
		duaalTraject = v;
	}

	/** The form filled with a version's content. */
	static PlanForm of(long versie, PipView.VersieView v) {
		var form = new PlanForm();
		form.versie = versie;
		form.leerroute = v.leerroute();
		form.termijnStart = v.termijnStart();
		form.duaalTraject = v.duaalTraject() == null ? "" : v.duaalTraject();
		for (PipInhoud.Doel d : v.doelen()) {
			var row = new GoalRow();
			row.setDomein(d.domein());
			row.setOmschrijving(d.omschrijving());
			row.setStreefdatum(d.streefdatum());
			row.setStappen(String.join("\n", d.stappen()));
			form.doelen.add(row);
		}
		for (PipInhoud.Activiteit a : v.activiteiten()) {
			var row = new ActivityRow();
			row.setAanbieder(a.aanbieder());
			row.setOmschrijving(a.omschrijving());
			row.setStart(a.start());
			row.setEinde(a.einde());
			row.setUrenPerWeek(a.urenPerWeek());
			row.setStatus(a.status());
			row.setProduct(a.productId());
			form.activiteiten.add(row);
		}
		return form;
	}

	/** Drops empty rows and adds one empty goal and one empty activity to fill in. */
	PlanForm withEmptyRows() {
		doelen.removeIf(GoalRow::blank);
		activiteiten.removeIf(ActivityRow::blank);
		doelen.add(new GoalRow());
		activiteiten.add(new ActivityRow());
		return this;
	}

	/**
	 * The content this form describes; the extensions of the term are kept from
	 * {@code existing}.
	 */
	PipInhoud toInhoud(PipView.VersieView existing) {
		List<PipInhoud.Doel> goals = new ArrayList<>();
		for (GoalRow row : doelen) {
			if (row.blank()) {
				continue;
			}
			if (row.streefdatum == null) {
				throw new RuleViolation("rule.goal.target-date");
			}
			goals.add(new PipInhoud.Doel(row.domein, row.omschrijving, row.streefdatum,
					Arrays.stream(row.stappen.split("\\R")).toList()));
		}
		List<PipInhoud.Activiteit> activities = new ArrayList<>();
		for (ActivityRow row : activiteiten) {
			if (row.blank()) {
				continue;
			}
			activities.add(new PipInhoud.Activiteit(row.aanbieder, row.omschrijving,
					row.start == null ? termijnStart : row.start, row.einde, row.urenPerWeek, row.status, row.product));
		}
		var termijn = existing == null ? Inburgeringstermijn.from(termijnStart)
				: new Inburgeringstermijn(termijnStart, existing.verlengingen());
		return new PipInhoud(Leerroute.of(leerroute), termijn, goals, activities, duaalTraject);
	}

}
