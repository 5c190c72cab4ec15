package cn.zhengwu.documents.template;

import cn.zhengwu.documents.DocumentType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The 公文模板, in force and retired. */
public interface Templates extends JpaRepository<DocumentTemplate, UUID> {

    /** The template in force for documents of a type issued by the unit with this code. */
    Optional<DocumentTemplate> findByTypeAndIssuerCodeAndRetiredAtIsNull(DocumentType type, String issuerCode);

    List<DocumentTemplate> findAllByOrderByIssuerCodeAscTypeAsc();
}
