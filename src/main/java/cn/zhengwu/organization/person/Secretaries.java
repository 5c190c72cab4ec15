package cn.zhengwu.organization.person;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every leader–secretary pairing, past and present. */
public interface Secretaries extends JpaRepository<Secretary, UUID> {

    @Query("select s from Secretary s where s.leaderPersonId = :person or s.secretaryPersonId = :person "
            + "order by s.startedOn desc")
    List<Secretary> involving(UUID person);

    List<Secretary> findByLeaderPersonIdAndSecretaryPersonIdAndEndedOnIsNull(UUID leader, UUID secretary);
}
