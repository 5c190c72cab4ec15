package cn.zhengwu.documents.draft;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyVersions extends JpaRepository<BodyVersion, UUID> {

    List<BodyVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

    Optional<BodyVersion> findByDocumentIdAndNumber(UUID documentId, int number);
}
