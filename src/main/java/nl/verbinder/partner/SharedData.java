package nl.verbinder.partner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.ProfileView;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.reference.Names;
import nl.verbinder.shared.TaalCode;
import org.springframework.stereotype.Component;

/**
 * What a referral shares, per category of data, as it is when sent: the partner sees
 * these lines and never the household's file itself.
 */
@Component
class SharedData {

	private final Profiles profiles;

	private final Names names;

	SharedData(Profiles profiles, Names names) {
		this.profiles = profiles;
		this.names = names;
	}

	Map<Gegevenscategorie, List<String>> snapshot(HouseholdView household, HouseholdView.MemberView member,
			Set<Gegevenscategorie> categories, Locale locale) {
		Map<Gegevenscategorie, List<String>> shared = new EnumMap<>(Gegevenscategorie.class);
		ProfileView profile = categories.contains(Gegevenscategorie.TALEN)
				|| categories.contains(Gegevenscategorie.OPLEIDING_EN_WERK)
						? profiles.profile(member.personId(), locale) : null;
		for (Gegevenscategorie c : categories) {
			List<String> lines = switch (c) {
				case NAAM_EN_ADRES -> List.of(member.voornaam() + " " + member.achternaam(),
						household.adres() + ", " + household.postcode());
				case GEBOORTEDATUM -> List.of(member.geboortedatum().toString());
				case TALEN -> profile.talen()
					.stream()
					.map(t -> names.languageWithLevel(new TaalCode(t.taal()), t.niveau(), locale))
					.toList();
				case OPLEIDING_EN_WERK -> {
					List<String> l = new ArrayList<>();
					profile.opleidingen()
						.forEach(o -> l.add(names.label("opleidingsniveau.", o.niveau(), locale)
								+ (o.richting().isBlank() ? "" : ": " + o.richting())));
					profile.werkervaring()
						.forEach(w -> l.add(w.functie() + (w.beroep() == null ? "" : " (" + w.beroep() + ")")));
					yield l;
				}
				case INBURGERING -> List.of(names.label("regime.", member.regime(), locale));
			};
			shared.put(c, lines);
		}
		return shared;
	}

}
