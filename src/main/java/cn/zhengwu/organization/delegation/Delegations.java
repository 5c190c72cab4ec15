package cn.zhengwu.organization.delegation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every delegation, past and present. */
public interface Delegations extends JpaRepository<Delegation, UUID> {

    @Query("select d from Delegation d where d.delegatorPersonId = :person or d.delegatePersonId = :person "
            + "order by d.startsAt desc")
    List<Delegation> involving(UUID person);

    List<Delegation> findByDelegatorPersonIdAndRevokedAtIsNull(UUID delegator);

    @Query("select d from Delegation d order by d.createdAt desc")
    List<Delegation> newestFirst(org.springframework.data.domain.Pageable page);
}
