package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's timeline: a read model in SQL over the household, its intakes, PIP
 * versions and contact moments, plus what other modules add through a
 * {@link TimelineSource} (referrals, say). Nothing is stored for it; it is read when
 * asked.
 */
@Service
public class Timeline {

	private final JdbcClient jdbc;

	private final Scoping scoping;

	private final ProcessingLog log;

	private final ObjectProvider<TimelineSource> sources;

	Timeline(JdbcClient jdbc, Scoping scoping, ProcessingLog log, ObjectProvider<TimelineSource> sources) {
		this.jdbc = jdbc;
		this.scoping = scoping;
		this.log = log;
		this.sources = sources;
	}

	/** Everything that happened with the household, newest first. */
	@Transactional
	public List<TimelineEntry> of(HouseholdId id) {
		Household household = scoping.readable(id);
		List<TimelineEntry> entries = jdbc.sql("""
				select cast(h.registered_at as date) as datum, 'REGISTERED' as kind, null as person, null as detail
				from inburgering.household h where h.id = :h
				union all
				select i.assessed_on, 'INTAKE', m.voornaam, null
				from inburgering.intake i join inburgering.household_member m on m.person_id = i.person_id
				where i.household_id = :h
				union all
				select v.besproken_op, 'PIP_DISCUSSED', m.voornaam, v.leerroute
				from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
				join inburgering.household_member m on m.person_id = p.person_id
				where p.household_id = :h and v.besproken_op is not null
				union all
				select v.vastgesteld_op, 'PIP_ESTABLISHED', m.voornaam, v.leerroute
				from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
				join inburgering.household_member m on m.person_id = p.person_id
				where p.household_id = :h and v.vastgesteld_op is not null
				union all
				select cast(s.recorded_at at time zone 'Europe/Amsterdam' as date), 'SELF_ASSESSMENT', m.voornaam, null
				from inburgering.self_assessment s join inburgering.household_member m on m.person_id = s.person_id
				where s.household_id = :h
				union all
				select c.datum, 'CONTACT', null, c.kanaal
				from inburgering.contact_moment c where c.household_id = :h
				order by datum desc, kind""")
			.param("h", household.id().value())
			.query((rs, n) -> new TimelineEntry(rs.getObject("datum", LocalDate.class),
					TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("person"), rs.getString("detail")))
			.list();
		List<TimelineEntry> all = new ArrayList<>(entries);
		sources.orderedStream().forEach(source -> all.addAll(source.entries(household.id())));
		all.sort(Comparator.comparing(TimelineEntry::date).reversed().thenComparing(TimelineEntry::kind));
		log.record(Inburgering.REGIE, Operation.READ, subjects(household));
		return all;
	}

	private static List<DataSubject> subjects(Household household) {
		return household.members().stream().map(m -> DataSubject.person(m.personId())).toList();
	}

}
