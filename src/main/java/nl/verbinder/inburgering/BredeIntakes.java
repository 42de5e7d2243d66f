package nl.verbinder.inburgering;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface BredeIntakes extends Repository<BredeIntake, UUID> {

	BredeIntake save(BredeIntake intake);

	List<BredeIntake> findByPersonIdOrderByAssessedOnAscRecordedAtAsc(UUID personId);

}
