package cn.zhengwu.requests.incoming;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored files of incoming records. */
public interface StoredFiles extends JpaRepository<StoredFile, UUID> {
}
