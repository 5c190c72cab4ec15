package cn.zhengwu.documents.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachedFiles extends JpaRepository<AttachedFile, UUID> {

    List<AttachedFile> findByDocumentIdOrderByPosition(UUID documentId);

    Optional<AttachedFile> findByIdAndDocumentId(UUID id, UUID documentId);

    /** What the document's attachments weigh together, for the limit per document. */
    @Query("select coalesce(sum(a.size), 0) from AttachedFile a where a.documentId = ?1")
    long totalSizeOf(UUID documentId);
}
