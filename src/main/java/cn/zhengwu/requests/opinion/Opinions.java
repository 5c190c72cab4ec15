package cn.zhengwu.requests.opinion;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The library of common opinions. */
public interface Opinions extends JpaRepository<Opinion, UUID> {

    List<Opinion> findAllByOrderBySortOrderAscTextAsc();

    boolean existsByText(String text);

    @Query("select coalesce(max(o.sortOrder), 0) from Opinion o")
    int lastSortOrder();
}
