package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.reference.Occupation;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile as shown and returned by the API, with names of languages and
 * occupations.
 */
public record ProfileView(@JsonProperty("persoonId") UUID personId, List<Skill> talen,
		List<PersonProfile.Education> opleidingen, List<Work> werkervaring, String talenten, String wensen,
		PersonProfile.EducationLevel hoogsteOpleiding, @Nullable LanguageLevel nederlands, long versie) {

	public record Skill(String taal, String naam, LanguageLevel niveau) {
	}

	public record Work(String functie, @Nullable String escoUri, @Nullable String beroep, @Nullable String iscoCode,
			@Nullable String land, @Nullable Integer vanJaar, @Nullable Integer totJaar) {
	}

	static ProfileView of(PersonProfile profile, ReferenceData reference, Locale locale) {
		var c = profile.content();
		return new ProfileView(profile.personId(),
				c.talen()
					.stream()
					.map(t -> new Skill(t.taal().value(),
							reference.taal(t.taal()).map(l -> l.name(locale)).orElse(t.taal().value()), t.niveau()))
					.toList(),
				c.opleidingen(), c.werkervaring().stream().map(w -> {
					Occupation o = w.escoUri() == null ? null : reference.occupation(w.escoUri()).orElse(null);
					return new Work(w.functie(), w.escoUri(), o == null ? null : o.label(locale),
							o == null ? null : o.iscoCode(), w.land(), w.vanJaar(), w.totJaar());
				}).toList(), c.talenten(), c.wensen(), c.highestEducation(), c.dutch(), profile.version());
	}
}
