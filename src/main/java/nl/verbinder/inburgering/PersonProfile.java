package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A person's background as recorded with them at intake and after: the languages they
 * speak and how well, their education and work history (occupations from ESCO), and their
 * talents and wishes in their own words. It is what talent matching and the PIP build on,
 * so it is kept apart from the household's registration and edited as one document with
 * an optimistic version. Public for its value types only.
 */
public class PersonProfile {

	static final int MAX_ENTRIES = 30;

	public static final int MAX_TEXT = 4000;

	/**
	 * Highest level of a completed or attended education, after ISCED 2011 (0 is no
	 * formal education).
	 */
	public enum EducationLevel {

		NONE(0), PRIMARY(1), LOWER_SECONDARY(2), UPPER_SECONDARY(3), POST_SECONDARY(4), SHORT_TERTIARY(5), BACHELOR(6),
		MASTER(7), DOCTORATE(8);

		private final int isced;

		EducationLevel(int isced) {
			this.isced = isced;
		}

		public int isced() {
			return isced;
		}

	}

	/** One language and the level at which the person speaks it. */
	public record LanguageSkill(TaalCode taal, LanguageLevel niveau) {

		public LanguageSkill {
			if (taal == null || niveau == null) {
				throw new RuleViolation("rule.profile.language-level");
			}
		}
	}

	/**
	 * An education followed: its level, its field in the person's words, where, until
	 * when, with a diploma or not.
	 */
	public record Education(EducationLevel niveau, String richting, @Nullable String land, @Nullable Integer totJaar,
			boolean diploma) {

		public Education {
			if (niveau == null) {
				throw new RuleViolation("rule.profile.education-level");
			}
			richting = text(richting, 200, "rule.field.richting");
			land = country(land);
		}
	}

	/**
	 * Work done: the job in the person's words, the ESCO occupation it is, where and in
	 * which years.
	 */
	public record WorkExperience(String functie, @Nullable String escoUri, @Nullable String land,
			@Nullable Integer vanJaar, @Nullable Integer totJaar) {

		public WorkExperience {
			functie = text(functie, 200, "rule.field.functie");
			if (functie.isEmpty()) {
				throw new RuleViolation("rule.profile.job-missing");
			}
			escoUri = escoUri == null || escoUri.isBlank() ? null : escoUri.strip();
			land = country(land);
			if (vanJaar != null && totJaar != null && totJaar < vanJaar) {
				throw new RuleViolation("rule.profile.job-ends-before-start", String.valueOf(totJaar),
						String.valueOf(vanJaar));
			}
		}
	}

	/** The profile's content; immutable, a change makes a new one. */
	public record Content(List<LanguageSkill> talen, List<Education> opleidingen, List<WorkExperience> werkervaring,
			String talenten, String wensen) {

		public static final Content EMPTY = new Content(List.of(), List.of(), List.of(), "", "");

		public Content {
			talen = List.copyOf(talen == null ? List.of() : talen);
			opleidingen = List.copyOf(opleidingen == null ? List.of() : opleidingen);
			werkervaring = List.copyOf(werkervaring == null ? List.of() : werkervaring);
			if (talen.size() > MAX_ENTRIES || opleidingen.size() > MAX_ENTRIES || werkervaring.size() > MAX_ENTRIES) {
				throw new RuleViolation("rule.profile.entries", MAX_ENTRIES);
			}
			Set<TaalCode> seen = new HashSet<>();
			for (LanguageSkill skill : talen) {
				if (!seen.add(skill.taal())) {
					throw new RuleViolation("rule.profile.language-twice", skill.taal());
				}
			}
			talenten = text(talenten, MAX_TEXT, "rule.field.talenten");
			wensen = text(wensen, MAX_TEXT, "rule.field.wensen");
		}

		/** The level at which the person speaks Dutch, if recorded. */
		@Nullable LanguageLevel dutch() {
			return talen.stream()
				.filter(t -> t.taal().value().equals("nl"))
				.map(LanguageSkill::niveau)
				.findFirst()
				.orElse(null);
		}

		/** The highest education level recorded, NONE if nothing is. */
		EducationLevel highestEducation() {
			return opleidingen.stream().map(Education::niveau).max(Enum::compareTo).orElse(EducationLevel.NONE);
		}

		/**
		 * Years in the life of someone born on {@code born} lie between their birth and
		 * {@code today}.
		 */
		void checkYears(LocalDate born, LocalDate today) {
			for (Education e : opleidingen) {
				checkYear(e.totJaar(), born, today);
			}
			for (WorkExperience w : werkervaring) {
				checkYear(w.vanJaar(), born, today);
				checkYear(w.totJaar(), born, today);
			}
		}

		private static void checkYear(@Nullable Integer year, LocalDate born, LocalDate today) {
			if (year != null && (year < born.getYear() || year > today.getYear())) {
				throw new RuleViolation("rule.profile.year-outside-life", String.valueOf(year),
						String.valueOf(born.getYear()), String.valueOf(today.getYear()));
			}
		}
	}

	private final UUID personId;

	private final UUID householdId;

	private final String gemeente;

	private Content content;

	private final long version;

	PersonProfile(UUID personId, UUID householdId, String gemeente, Content content, long version) {
		this.personId = personId;
		this.householdId = householdId;
		this.gemeente = gemeente;
		this.content = content;
		this.version = version;
	}

	/**
	 * The profile of someone about whom nothing has been recorded yet (version 0, not
	 * stored).
	 */
	static PersonProfile empty(UUID personId, UUID householdId, String gemeente) {
		return new PersonProfile(personId, householdId, gemeente, Content.EMPTY, 0);
	}

	/**
	 * Records the new content, made on {@code expectedVersion}; a stale version is a
	 * conflict.
	 */
	void revise(long expectedVersion, Content revised, LocalDate born, LocalDate today) {
		if (expectedVersion != version) {
			throw new OptimisticLockingFailureException(
					"The profile of person " + personId + " is at version " + version + ", not " + expectedVersion);
		}
		revised.checkYears(born, today);
		this.content = revised;
	}

	UUID personId() {
		return personId;
	}

	UUID householdId() {
		return householdId;
	}

	String gemeente() {
		return gemeente;
	}

	Content content() {
		return content;
	}

	long version() {
		return version;
	}

	private static String text(@Nullable String value, int max, String what) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.length() > max) {
			throw new RuleViolation("rule.field.too-long", RuleViolation.name(what), max);
		}
		return stripped;
	}

	private static @Nullable String country(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[A-Z]{2}")) {
			throw new RuleViolation("rule.country.format", code);
		}
		return normalised;
	}

}
