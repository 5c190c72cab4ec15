package cn.zhengwu.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Every account. Usernames are unique without regard to case. The queries fetch the roles with the account, in
 * the same statement.
 */
public interface Accounts extends JpaRepository<Account, UUID> {

    @Query("select a from Account a left join fetch a.roles where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select a from Account a left join fetch a.roles order by a.username")
    List<Account> findAllInOrder();

    List<Account> findByPersonId(UUID personId);
}
