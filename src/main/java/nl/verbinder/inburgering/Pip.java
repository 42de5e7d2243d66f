package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The personal plan for integration and participation (PIP) of one person. A plan is
 * drafted, discussed with the newcomer (whose view is recorded), and then established
 * (vastgesteld) as a decision. An established version never changes: revising it starts a
 * new draft version, and every version stays readable. Establishing registers a
 * {@link PipEstablished} event, and a {@link PipChanged} event when it replaces an
 * earlier established version.
 */
public class Pip {

	public enum Status {

		CONCEPT, BESPROKEN, VASTGESTELD

	}

	/** One version of the plan. */
	public record Versie(int nummer, Status status, PipInhoud inhoud, @Nullable LocalDate discussedOn,
			@Nullable String visieNieuwkomer, @Nullable LocalDate establishedOn, @Nullable UUID establishedBy) {
	}

	private final UUID id;

	private final UUID personId;

	private final UUID householdId;

	private final String gemeente;

	private final LocalDate geboortedatum;

	private final List<Versie> versies = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private Pip(UUID id, UUID personId, UUID householdId, String gemeente, LocalDate geboortedatum,
			List<Versie> versies) {
		this.id = id;
		this.personId = personId;
		this.householdId = householdId;
		this.gemeente = gemeente;
		this.geboortedatum = geboortedatum;
		this.versies.addAll(versies);
	}

	/** Drafts the first plan for a person; only the 2021 act has a PIP. */
	static Pip draft(Member person, UUID householdId, String gemeente, PipInhoud inhoud) {
		if (!person.regime().hasPip()) {
			throw new RuleViolation("rule.pip.regime", RuleViolation.name("regime." + person.regime().name()));
		}
		if (person.gezinsrol() == Gezinsrol.KIND) {
			throw new RuleViolation("rule.pip.child");
		}
		inhoud.leerroute().checkFits(person.geboortedatum(), inhoud.termijn().start());
		var pip = new Pip(UUID.randomUUID(), person.personId(), householdId, gemeente, person.geboortedatum(),
				List.of());
		pip.versies.add(new Versie(1, Status.CONCEPT, inhoud, null, null, null, null));
		return pip;
	}

	static Pip restore(UUID id, UUID personId, UUID householdId, String gemeente, LocalDate geboortedatum,
			List<Versie> versies) {
		return new Pip(id, personId, householdId, gemeente, geboortedatum, versies);
	}

	/**
	 * Replaces the content of the current draft; an established version cannot be edited.
	 */
	void updateDraft(PipInhoud inhoud) {
		Versie current = current();
		if (current.status() == Status.VASTGESTELD) {
			throw new RuleViolation("rule.pip.established-revise", current.nummer());
		}
		inhoud.leerroute().checkFits(geboortedatum, inhoud.termijn().start());
		// A changed draft has to be discussed again.
		replaceCurrent(new Versie(current.nummer(), Status.CONCEPT, inhoud, null, null, null, null));
	}

	/** Records that the draft was discussed with the newcomer, and how they see it. */
	void discuss(LocalDate on, String visieNieuwkomer) {
		Versie current = current();
		if (current.status() != Status.CONCEPT) {
			throw new RuleViolation("rule.pip.discuss-draft-only", current.nummer(),
					RuleViolation.name("pip.status." + current.status().name()));
		}
		if (visieNieuwkomer == null || visieNieuwkomer.isBlank()) {
			throw new RuleViolation("rule.pip.newcomer-view");
		}
		replaceCurrent(new Versie(current.nummer(), Status.BESPROKEN, current.inhoud(), on, visieNieuwkomer.strip(),
				null, null));
	}

	/** Establishes the discussed draft as a decision. */
	void establish(LocalDate on, UUID by) {
		Versie current = current();
		if (current.status() != Status.BESPROKEN) {
			throw new RuleViolation("rule.pip.establish-undiscussed");
		}
		if (current.inhoud().doelen().isEmpty()) {
			throw new RuleViolation("rule.pip.no-goal");
		}
		if (current.discussedOn() != null && on.isBefore(current.discussedOn())) {
			throw new RuleViolation("rule.pip.established-before-discussed");
		}
		Optional<Versie> previous = established();
		replaceCurrent(new Versie(current.nummer(), Status.VASTGESTELD, current.inhoud(), current.discussedOn(),
				current.visieNieuwkomer(), on, by));
		events.add(new PipEstablished(id, personId, householdId, gemeente, current.nummer(),
				current.inhoud().leerroute().code(), on, current.inhoud().termijn().einde(), by));
		previous.ifPresent(before -> events
			.add(new PipChanged(id, personId, gemeente, current.nummer(), before.inhoud().leerroute().code(),
					current.inhoud().leerroute().code(), on, current.inhoud().termijn().einde())));
	}

	/** Starts a new draft version from the established one, with the changed content. */
	void revise(PipInhoud inhoud) {
		Versie current = current();
		if (current.status() != Status.VASTGESTELD) {
			throw new RuleViolation("rule.pip.revise-draft", current.nummer());
		}
		inhoud.leerroute().checkFits(geboortedatum, inhoud.termijn().start());
		versies.add(new Versie(current.nummer() + 1, Status.CONCEPT, inhoud, null, null, null, null));
	}

	/**
	 * Grants an extension of the term: a change of the plan, so a new version to discuss
	 * and establish.
	 */
	void extendTerm(Inburgeringstermijn.Verlenging verlenging) {
		Versie base = current();
		PipInhoud extended = base.inhoud().withTermijn(base.inhoud().termijn().extend(verlenging));
		if (base.status() == Status.VASTGESTELD) {
			revise(extended);
		}
		else {
			updateDraft(extended);
		}
	}

	private void replaceCurrent(Versie versie) {
		versies.set(versies.size() - 1, versie);
	}

	public Versie current() {
		return versies.getLast();
	}

	/** The version in force: the latest established one, if any. */
	public Optional<Versie> established() {
		return versies.reversed().stream().filter(v -> v.status() == Status.VASTGESTELD).findFirst();
	}

	public List<Versie> versies() {
		return List.copyOf(versies);
	}

	public Optional<Versie> versie(int nummer) {
		return versies.stream().filter(v -> v.nummer() == nummer).findFirst();
	}

	public UUID id() {
		return id;
	}

	public UUID personId() {
		return personId;
	}

	String gemeente() {
		return gemeente;
	}

	LocalDate geboortedatum() {
		return geboortedatum;
	}

	/** Events registered since the last call; the caller publishes them after saving. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

}
