package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A key person as entered; kept whole when it comes back with errors. */
public class MemberForm {

	@NotBlank
	@Size(max = 200)
	String voornaam = "";

	@NotBlank
	@Size(max = 200)
	String achternaam = "";

	List<LanguageRow> talen = rows(0);

	List<String> gemeenschappen = new ArrayList<>();

	Set<Rol> rollen = EnumSet.noneOf(Rol.class);

	Set<Domein> domeinen = EnumSet.noneOf(Domein.class);

	@NotBlank
	String woonplaats = "";

	List<String> werkgebied = new ArrayList<>();

	@Min(0)
	@Max(300)
	int maxReisafstandKm = 25;

	@Min(0)
	@Max(40)
	int urenPerWeek = 4;

	@NotNull
	Sleutelpersoon.Dienstverband.@Nullable Vorm vorm = Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate vogDatum;

	@Size(max = 4000)
	String trainingen = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate start;

	@Size(max = 30)
	String telefoon = "";

	@Size(max = 200)
	String email = "";

	long versie;

	public String getVoornaam() {
		return voornaam;
	}

	public void setVoornaam(String v) {
		voornaam = v;
	}

	public String getAchternaam() {
		return achternaam;
	}

	public void setAchternaam(String v) {
		achternaam = v;
	}

	public List<LanguageRow> getTalen() {
		return talen;
	}

	public void setTalen(List<LanguageRow> v) {
		talen = v;
	}

	public List<String> getGemeenschappen() {
		return gemeenschappen;
	}

	public void setGemeenschappen(List<String> v) {
		gemeenschappen = v;
	}

	public Set<Rol> getRollen() {
		return rollen;
	}

	public void setRollen(Set<Rol> v) {
		rollen = v;
	}

	public Set<Domein> getDomeinen() {
		return domeinen;
	}

	public void setDomeinen(Set<Domein> v) {
		domeinen = v;
	}

	public String getWoonplaats() {
		return woonplaats;
	}

	public void setWoonplaats(String v) {
		woonplaats = v;
	}

	public List<String> getWerkgebied() {
		return werkgebied;
	}

	public void setWerkgebied(List<String> v) {
		werkgebied = v;
	}

	public int getMaxReisafstandKm() {
		return maxReisafstandKm;
	}

	public void setMaxReisafstandKm(int v) {
		maxReisafstandKm = v;
	}

	public int getUrenPerWeek() {
		return urenPerWeek;
	}

	public void setUrenPerWeek(int v) {
		urenPerWeek = v;
	}

	public Sleutelpersoon.Dienstverband.@Nullable Vorm getVorm() {
		return vorm;
	}

	public void setVorm(Sleutelpersoon.Dienstverband.@Nullable Vorm v) {
		vorm = v;
	}

	public @Nullable LocalDate getVogDatum() {
		return vogDatum;
	}

	public void setVogDatum(@Nullable LocalDate v) {
		vogDatum = v;
	}

	public String getTrainingen() {
		return trainingen;
	}

	public void setTrainingen(String v) {
		trainingen = v == null ? "" : v;
	}

	public @Nullable LocalDate getStart() {
		return start;
	}

	public void setStart(@Nullable LocalDate v) {
		start = v;
	}

	public String getTelefoon() {
		return telefoon;
	}

	public void setTelefoon(String v) {
		telefoon = v == null ? "" : v;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String v) {
		email = v == null ? "" : v;
	}

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

	static List<LanguageRow> rows(int filled) {
		List<LanguageRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(filled + PoolPages.EMPTY_LANGUAGE_ROWS, 3); i++) {
			rows.add(new LanguageRow());
		}
		return rows;
	}

	static MemberForm of(Sleutelpersonen.PoolMember member) {
		Sleutelpersoon.Details d = member.sleutelpersoon().details();
		var form = new MemberForm();
		form.voornaam = d.voornaam();
		form.achternaam = d.achternaam();
		form.talen = rows(d.talen().size());
		for (int i = 0; i < d.talen().size(); i++) {
			form.talen.get(i).taal = d.talen().get(i).taal().value();
			form.talen.get(i).niveau = d.talen().get(i).niveau();
		}
		form.gemeenschappen = new ArrayList<>(d.gemeenschappen());
		form.rollen = d.rollen().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(d.rollen());
		form.domeinen = d.domeinen().isEmpty() ? EnumSet.noneOf(Domein.class) : EnumSet.copyOf(d.domeinen());
		form.woonplaats = d.woonplaats().value();
		form.werkgebied = d.werkgebied().stream().map(GemeenteCode::value).sorted().toList();
		form.maxReisafstandKm = d.maxReisafstandKm();
		form.urenPerWeek = d.urenPerWeek();
		form.vorm = d.vorm();
		form.vogDatum = d.vogDatum();
		form.trainingen = String.join("\n", d.trainingen());
		form.start = d.start();
		form.telefoon = d.contact().telefoon();
		form.email = d.contact().email();
		form.versie = member.versie();
		return form;
	}

	/**
	 * The details entered; a language without a level is an error of its row, an empty
	 * row no entry.
	 */
	Sleutelpersoon.@Nullable Details details(BindingResult errors) {
		List<Sleutelpersoon.Taal> languages = new ArrayList<>();
		for (int i = 0; i < talen.size(); i++) {
			LanguageRow row = talen.get(i);
			if (row == null || row.taal.isBlank()) {
				continue;
			}
			if (row.niveau == null) {
				errors.rejectValue("talen[" + i + "].niveau", "profile.level.missing");
				continue;
			}
			languages.add(new Sleutelpersoon.Taal(new TaalCode(row.taal), row.niveau));
		}
		if (errors.hasErrors()) {
			return null;
		}
		Set<GemeenteCode> area = new LinkedHashSet<>();
		werkgebied.stream().filter(c -> !c.isBlank()).forEach(c -> area.add(new GemeenteCode(c)));
		List<String> training = trainingen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		return new Sleutelpersoon.Details(voornaam, achternaam, languages, Set.copyOf(gemeenschappen), rollen, domeinen,
				new GemeenteCode(woonplaats), area, maxReisafstandKm, urenPerWeek, vorm, vogDatum, training, start,
				new Sleutelpersoon.Contact(telefoon, email));
	}

}
