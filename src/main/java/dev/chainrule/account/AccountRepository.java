package dev.chainrule.account;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Accounts; only the services of this package use it. */
interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByNameKey(String nameKey);

    Optional<Account> findFirstByAdministratorTrueOrderByIdAsc();

    @Modifying
    @Query("UPDATE account SET password_hash = :hash WHERE id = :id")
    int updatePasswordHash(long id, String hash);

    /** Runs and uploads from before accounts go to the first administrator (see {@link AccountService}). */
    @Modifying
    @Query("UPDATE run SET owner_id = :owner WHERE owner_id IS NULL")
    int adoptOwnerlessRuns(long owner);

    @Modifying
    @Query("UPDATE dataset SET owner_id = :owner WHERE owner_id IS NULL")
    int adoptOwnerlessDatasets(long owner);
}
