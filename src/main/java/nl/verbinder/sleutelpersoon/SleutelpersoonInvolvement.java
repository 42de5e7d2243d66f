package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.partner.Collaboration.Involvement;
import nl.verbinder.partner.InvolvementSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the key persons who accepted a request for a household in its "who is involved":
 * from the request's first day until it ends (or was completed), with what the request
 * was for.
 */
@Component
class SleutelpersoonInvolvement implements InvolvementSource {

	private final JdbcClient jdbc;

	SleutelpersoonInvolvement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Involvement> involved(HouseholdId household) {
		return jdbc.sql("""
				select s.gegevens ->> 'voornaam' as voornaam, s.gegevens ->> 'achternaam' as achternaam, v.doel, v.van,
				       case when v.status = 'AFGEROND' then coalesce(v.afgerond_op, v.tot) else v.tot end as tot
				from sleutelpersoon.verzoek v join sleutelpersoon.sleutelpersoon s on s.id = v.toegewezen_aan
				where v.household_id = ? and v.status in ('GEACCEPTEERD', 'AFGEROND')
				order by v.van desc""")
			.param(household.value())
			.query((rs, n) -> Involvement.keyPerson(rs.getString("voornaam") + " " + rs.getString("achternaam"),
					rs.getString("doel"), rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class)))
			.list();
	}

}
