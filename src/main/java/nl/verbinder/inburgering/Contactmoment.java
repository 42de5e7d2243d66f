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
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import java.util.NoSuchElementException;

/**
 * A contact moment with a household, with the next steps agreed. The record of what was
 * said does not change; agreements are marked done when they are.
 */
@Table(schema = "inburgering", name = "contact_moment")
class Contactmoment {

	public enum Kanaal {

		HUISBEZOEK, KANTOOR, TELEFOON, VIDEO, BIJ_PARTNER

	}

	/** Who bridged the language, if anyone. */
	public enum Vertolking {

		GEEN, TOLK, SLEUTELPERSOON

	}

	/**
	 * An agreed next step with its due date; done on a date, or still open. Its kind: a
	 * next step, or the transition agreement for a young person turning 18.
	 */
	@Table(schema = "inburgering", name = "contact_agreement")
	record Afspraak(String omschrijving, LocalDate deadline, @Column("afgerond_op") @Nullable LocalDate completedOn,
			AfspraakSoort soort) {

		@PersistenceCreator
		Afspraak {
			soort = soort == null ? AfspraakSoort.STAP : soort;
			if (omschrijving == null || omschrijving.isBlank() || omschrijving.length() > 500) {
				throw new RuleViolation("rule.agreement.description", 500);
			}
			if (deadline == null) {
				throw new RuleViolation("rule.agreement.due-date");
			}
			omschrijving = omschrijving.strip();
		}

		/** A next step (not a transition agreement). */
		Afspraak(String omschrijving, LocalDate deadline, @Nullable LocalDate completedOn) {
			this(omschrijving, deadline, completedOn, AfspraakSoort.STAP);
		}

		boolean open() {
			return completedOn == null;
		}
	}

	@Id
	private final UUID id;

	private final UUID householdId;

	private final GemeenteCode gemeente;

	private final LocalDate datum;

	private final Kanaal kanaal;

	private final List<String> aanwezigen;

	private final Vertolking vertolking;

	private final @Nullable String taal;

	private final String samenvatting;

	private final UUID recordedBy;

	private final Instant recordedAt;

	@MappedCollection(idColumn = "contact_moment_id", keyColumn = "position")
	private final List<Afspraak> afspraken;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Contactmoment(UUID id, UUID householdId, GemeenteCode gemeente, LocalDate datum, Kanaal kanaal,
			List<String> aanwezigen, Vertolking vertolking, @Nullable String taal, String samenvatting, UUID recordedBy,
			Instant recordedAt, List<Afspraak> afspraken, @Nullable Long version) {
		this.id = id;
		this.householdId = householdId;
		this.gemeente = gemeente;
		this.datum = datum;
		this.kanaal = kanaal;
		this.aanwezigen = List.copyOf(aanwezigen);
		this.vertolking = vertolking;
		this.taal = taal;
		this.samenvatting = samenvatting;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.afspraken = new ArrayList<>(afspraken);
		this.version = version;
	}

	static Contactmoment record(Household household, LocalDate datum, Kanaal kanaal, List<String> aanwezigen,
			Vertolking vertolking, @Nullable String taal, String samenvatting, List<Afspraak> afspraken, UUID by,
			Clock clock) {
		if (datum == null || datum.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.contact.date");
		}
		if (kanaal == null || vertolking == null) {
			throw new RuleViolation("rule.contact.channel");
		}
		if (samenvatting == null || samenvatting.isBlank() || samenvatting.length() > 4000) {
			throw new RuleViolation("rule.contact.summary", 4000);
		}
		List<String> present = aanwezigen == null ? List.of()
				: aanwezigen.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
		if (present.size() > 20 || present.stream().anyMatch(a -> a.length() > 200)) {
			throw new RuleViolation("rule.contact.present", 20, 200);
		}
		for (Afspraak a : afspraken) {
			if (a.deadline().isBefore(datum)) {
				throw new RuleViolation("rule.agreement.due-before-contact");
			}
		}
		return new Contactmoment(UUID.randomUUID(), household.id().value(), household.gemeente(), datum, kanaal,
				present, vertolking, taal == null || taal.isBlank() ? null : taal.strip(), samenvatting.strip(), by,
				clock.instant(), afspraken, null);
	}

	/** Marks agreement number {@code index} (from 0) done on {@code on}. */
	void complete(int index, LocalDate on) {
		if (index < 0 || index >= afspraken.size()) {
			throw new NoSuchElementException("No agreement " + index);
		}
		Afspraak a = afspraken.get(index);
		if (!a.open()) {
			throw new RuleViolation("rule.agreement.done-already");
		}
		afspraken.set(index, new Afspraak(a.omschrijving(), a.deadline(), on, a.soort()));
	}

	UUID id() {
		return id;
	}

	UUID householdId() {
		return householdId;
	}

	GemeenteCode gemeente() {
		return gemeente;
	}

	LocalDate datum() {
		return datum;
	}

	Kanaal kanaal() {
		return kanaal;
	}

	List<String> aanwezigen() {
		return aanwezigen;
	}

	Vertolking vertolking() {
		return vertolking;
	}

	@Nullable String taal() {
		return taal;
	}

	String samenvatting() {
		return samenvatting;
	}

	List<Afspraak> afspraken() {
		return List.copyOf(afspraken);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
