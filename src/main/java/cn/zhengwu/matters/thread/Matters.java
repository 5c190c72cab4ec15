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

    /** A key after every matter, where the first page starts. */
    Instant FIRST_PAGE_AT = Instant.parse("9999-12-31T00:00:00Z");

    @Query("""
        select m from Matter m
        where m.classification in :markings
          and m.status in :statuses
          and lower(m.title) like lower(concat('%', :text, '%'))
          and (m.openedAt < :afterAt or (m.openedAt = :afterAt and m.id < :afterId))
        order by m.openedAt desc, m.id desc""")
    /**
     * One page after the key (the first page passes a key after every row: {@link #FIRST_PAGE_AT}); every
     * parameter is bound, so PostgreSQL always knows its type.
     */
    List<Matter> search(Collection<SecurityClassification> markings, Collection<MatterStatus> statuses, String text,
            Instant afterAt, UUID afterId, Pageable page);
}
