package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A household that the municipality guides: where it lives, when it arrived, who its
 * single contact person (case manager) is, and its members. Registered with at least one
 * member; members are added, never silently replaced. Optimistic locking
 * ({@code version}) turns concurrent edits into conflicts.
 */
@Table(schema = "inburgering", name = "household")
class Household {

	@Id
	private final UUID id;

	private final GemeenteCode gemeente;

	private String adres;

	private String postcode;

	private final LocalDate arrivalDate;

	private UUID caseManagerId;

	private final Instant registeredAt;

	@MappedCollection(idColumn = "household_id", keyColumn = "position")
	private final List<Member> members;

	@Version
	private @Nullable Long version;

	/** What saving this aggregate publishes ({@link HouseholdRegistered} once). */
	@Transient
	private final List<Object> events = new ArrayList<>();

	@PersistenceCreator
	Household(UUID id, GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate, UUID caseManagerId,
			Instant registeredAt, List<Member> members, @Nullable Long version) {
		this.id = id;
		this.gemeente = gemeente;
		this.adres = adres;
		this.postcode = postcode;
		this.arrivalDate = arrivalDate;
		this.caseManagerId = caseManagerId;
		this.registeredAt = registeredAt;
		this.members = new ArrayList<>(members);
		this.version = version;
	}

	static Household register(GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate,
			UUID caseManagerId, List<Member> members, Clock clock) {
		if (members.isEmpty()) {
			throw new RuleViolation("rule.household.no-members");
		}
		if (arrivalDate.isAfter(LocalDate.now(clock).plusYears(1))) {
			throw new RuleViolation("rule.household.arrival-ahead");
		}
		return new Household(UUID.randomUUID(), gemeente, requireText(adres, "field.adres"),
				normalisePostcode(postcode), arrivalDate, caseManagerId, clock.instant(), members, null)
			.registered();
	}

	/**
	 * A household placed in the municipality before it has a house (a published
	 * placement): registered for intake with where it lives now (the asylum centre) and
	 * no postcode yet; the day of placement counts as the day the municipality took it
	 * on.
	 */
	static Household announce(GemeenteCode gemeente, String whereNow, LocalDate placedOn, UUID by, List<Member> members,
			Clock clock) {
		if (members.isEmpty()) {
			throw new RuleViolation("rule.household.no-members");
		}
		return new Household(UUID.randomUUID(), gemeente, requireText(whereNow, "field.adres"), "", placedOn, by,
				clock.instant(), members, null)
			.registered();
	}

	private Household registered() {
		events.add(new HouseholdRegistered(id, gemeente.value(), registeredAt));
		return this;
	}

	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

	Member addMember(Member member) {
		if (member.bsn() != null && members.stream().anyMatch(m -> member.bsn().equals(m.bsn()))) {
			throw new RuleViolation("rule.household.bsn-twice");
		}
		members.add(member);
		return member;
	}

	/** The member with this person id; "not found" for anyone else. */
	Member member(UUID personId) {
		return members.stream()
			.filter(m -> m.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No member " + personId + " in this household"));
	}

	/**
	 * Makes sure the caller edits the version it read; otherwise the edit is a conflict.
	 */
	void expectVersion(long expected) {
		if (version == null || version != expected) {
			throw new OptimisticLockingFailureException(
					"Household " + id + " is at version " + version + ", not " + expected);
		}
	}

	static String normalisePostcode(String postcode) {
		String normalised = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!normalised.matches("[1-9][0-9]{3}[A-Z]{2}")) {
			throw new RuleViolation("rule.household.postcode");
		}
		return normalised.substring(0, 4) + " " + normalised.substring(4);
	}

	private static String requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("rule.field.missing", RuleViolation.name(field));
		}
		return value.strip();
	}

	HouseholdId id() {
		return new HouseholdId(id);
	}

	GemeenteCode gemeente() {
		return gemeente;
	}

	String adres() {
		return adres;
	}

	String postcode() {
		return postcode;
	}

	LocalDate arrivalDate() {
		return arrivalDate;
	}

	UUID caseManagerId() {
		return caseManagerId;
	}

	List<Member> members() {
		return List.copyOf(members);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
