package cn.zhengwu.matters.thread;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The records attached to matters. */
public interface Attachments extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByMatterIdOrderByOccurredAt(UUID matterId);

    boolean existsByMatterIdAndModuleAndRecordTypeAndRecordId(UUID matterId, String module, String recordType,
            String recordId);
}
