package cn.zhengwu.documents.draft;

import cn.zhengwu.documents.DocumentStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Documents extends JpaRepository<Document, UUID> {

    /** The document, its row locked: sign-off, issue and receipts change it one at a time across nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = ?1")
    Optional<Document> lockById(UUID id);

    List<Document> findByStatusOrderByUpdatedAtDesc(DocumentStatus status, Limit limit);

    List<Document> findByOrderByUpdatedAtDesc(Limit limit);

    List<Document> findByInReplyTo(String inReplyTo);

    /** Issued documents with a copy delivered to the unit and not yet signed for (待签收). */
    @Query("""
        select distinct d from Document d join d.recipients r
        where r.unitId = ?1 and r.deliveredAt is not null and r.receivedAt is null and r.recalledAt is null
        order by d.issuedAt desc""")
    List<Document> awaitingReceiptBy(UUID unit);
}
