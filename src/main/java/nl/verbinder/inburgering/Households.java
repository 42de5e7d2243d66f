package nl.verbinder.inburgering;

import java.util.UUID;
import org.springframework.data.repository.Repository;
import java.util.Optional;

/**
 * Loading and saving households. Lookups of personal data go through {@link Inburgering},
 * which filters by the caller's municipality scope; this repository offers nothing that
 * could skip it.
 */
interface Households extends Repository<Household, UUID> {

	Optional<Household> findById(UUID id);

	Household save(Household household);

}
