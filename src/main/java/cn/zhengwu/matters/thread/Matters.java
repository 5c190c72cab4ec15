package cn.zhengwu.matters.thread;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.matters.MatterStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every matter. The list is paged by keyset on (openedAt, id), newest first, never by offset. */
public interface Matters extends JpaRepository<Matter, UUID> {

    @Query("""
        select m from Matter m
        where m.classification in :markings
          and (:status is null or m.status = :status)
          and (:text = '' or lower(m.title) like lower(concat('%', :text, '%')))
          and (:afterAt is null or m.openedAt < :afterAt or (m.openedAt = :afterAt and m.id < :afterId))
        order by m.openedAt desc, m.id desc""")
    List<Matter> search(Collection<SecurityClassification> markings, MatterStatus status, String text,
            Instant afterAt, UUID afterId, Pageable page);
}
