package cn.zhengwu.requests.incoming;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The history of every incoming record. */
public interface StepEntries extends JpaRepository<StepEntry, UUID> {

    /** The steps in the order they were taken (several may share one moment: 签收 and 登记 at once). */
    List<StepEntry> findByIncomingIdOrderByPosition(UUID incomingId);

    int countByIncomingId(UUID incomingId);
}
