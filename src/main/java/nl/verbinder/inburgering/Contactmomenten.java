package nl.verbinder.inburgering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface Contactmomenten extends Repository<Contactmoment, UUID> {

	Contactmoment save(Contactmoment contactmoment);

	Optional<Contactmoment> findById(UUID id);

	List<Contactmoment> findByHouseholdIdOrderByDatumDescRecordedAtDesc(UUID householdId);

}
