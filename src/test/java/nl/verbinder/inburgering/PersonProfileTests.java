package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.PersonProfile.Content;
import nl.verbinder.inburgering.PersonProfile.Education;
import nl.verbinder.inburgering.PersonProfile.EducationLevel;
import nl.verbinder.inburgering.PersonProfile.LanguageSkill;
import nl.verbinder.inburgering.PersonProfile.WorkExperience;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class PersonProfileTests {

	private static final LocalDate BORN = LocalDate.of(1985, 4, 2);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static LanguageSkill skill(String code, LanguageLevel level) {
		return new LanguageSkill(new TaalCode(code), level);
	}

	@Test
	void knowsTheHighestEducationAndTheLevelOfDutch() {
		var content = new Content(List.of(skill("ar", LanguageLevel.NATIVE), skill("nl", LanguageLevel.A2)),
				List.of(new Education(EducationLevel.UPPER_SECONDARY, "", "SY", 2003, true),
						new Education(EducationLevel.MASTER, "Tandheelkunde", "SY", 2009, true)),
				List.of(), "", "");
		assertThat(content.highestEducation()).isEqualTo(EducationLevel.MASTER);
		assertThat(content.highestEducation().isced()).isEqualTo(7);
		assertThat(content.dutch()).isEqualTo(LanguageLevel.A2);
		assertThat(Content.EMPTY.highestEducation()).isEqualTo(EducationLevel.NONE);
		assertThat(Content.EMPTY.dutch()).isNull();
	}

	@Test
	void refusesTheSameLanguageTwice() {
		assertThatThrownBy(() -> new Content(List.of(skill("ti", LanguageLevel.NATIVE), skill("ti", LanguageLevel.B1)),
				List.of(), List.of(), "", ""))
			.hasMessageContaining("rule.profile.language-twice");
	}

	@Test
	void refusesAJobThatEndsBeforeItStartsOrHasNoTitle() {
		assertThatThrownBy(() -> new WorkExperience("Tandarts", null, "SY", 2012, 2010))
			.hasMessageContaining("rule.profile.job-ends-before-start [2010, 2012]");
		assertThatThrownBy(() -> new WorkExperience("  ", null, null, null, null))
			.hasMessageContaining("rule.profile.job-missing");
	}

	@Test
	void refusesYearsOutsideThePersonsLife() {
		var profile = PersonProfile.empty(UUID.randomUUID(), UUID.randomUUID(), "GM0197");
		var beforeBirth = new Content(List.of(), List.of(new Education(EducationLevel.PRIMARY, "", null, 1980, true)),
				List.of(), "", "");
		assertThatThrownBy(() -> profile.revise(0, beforeBirth, BORN, TODAY))
			.hasMessageContaining("rule.profile.year-outside-life");
		var inTheFuture = new Content(List.of(), List.of(),
				List.of(new WorkExperience("Kapper", null, null, 2020, 2031)), "", "");
		assertThatThrownBy(() -> profile.revise(0, inTheFuture, BORN, TODAY))
			.hasMessageContaining("rule.profile.year-outside-life");
		assertThat(profile.content()).isEqualTo(Content.EMPTY);
	}

	@Test
	void aChangeOnAStaleVersionIsAConflict() {
		var profile = new PersonProfile(UUID.randomUUID(), UUID.randomUUID(), "GM0197", Content.EMPTY, 3);
		var content = new Content(List.of(skill("fa", LanguageLevel.NATIVE)), List.of(), List.of(), "koken", "");
		assertThatThrownBy(() -> profile.revise(2, content, BORN, TODAY))
			.isInstanceOf(OptimisticLockingFailureException.class);
		profile.revise(3, content, BORN, TODAY);
		assertThat(profile.content().talenten()).isEqualTo("koken");
	}

	@Test
	void refusesOversizedTextsAndCountryCodesThatAreNoCodes() {
		assertThatThrownBy(() -> new Content(List.of(), List.of(), List.of(), "x".repeat(4001), ""))
			.hasMessageContaining("rule.field.too-long");
		assertThatThrownBy(() -> new Education(EducationLevel.BACHELOR, "Rechten", "Syria", null, false))
			.hasMessageContaining("rule.country.format");
	}

}
