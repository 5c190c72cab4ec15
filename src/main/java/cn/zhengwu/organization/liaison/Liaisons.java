package cn.zhengwu.organization.liaison;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every liaison officer and duty contact, past and present. */
public interface Liaisons extends JpaRepository<Liaison, UUID> {

    List<Liaison> findByUnitIdOrderByEndedOnDescStartedOnDesc(UUID unitId);
}
