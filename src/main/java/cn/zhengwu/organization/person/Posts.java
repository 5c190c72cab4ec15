package cn.zhengwu.organization.person;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** All posts, past and present. */
public interface Posts extends JpaRepository<Post, UUID> {

    List<Post> findByPersonIdOrderByStartedOnDesc(UUID personId);

    List<Post> findByUnitIdOrderByRankAscStartedOnAsc(UUID unitId);

    List<Post> findByPersonIdInAndEndedOnIsNull(Collection<UUID> personIds);
}
