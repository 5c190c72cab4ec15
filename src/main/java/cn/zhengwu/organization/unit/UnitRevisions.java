package cn.zhengwu.organization.unit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The history of each unit. */
public interface UnitRevisions extends JpaRepository<UnitRevisionEntry, UUID> {

    List<UnitRevisionEntry> findByUnitIdOrderByRevisedAtDesc(UUID unitId);
}
