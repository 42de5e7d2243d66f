package nl.verbinder.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByOidcSubject(String oidcSubject);

	List<Account> findAllByOrderByUsername();

}
