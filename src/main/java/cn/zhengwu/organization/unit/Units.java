package cn.zhengwu.organization.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All units of the tree. */
public interface Units extends JpaRepository<Unit, UUID> {

    @Query("select u from Unit u order by u.sortOrder, u.shortName")
    List<Unit> findAllInOrder();

    Optional<Unit> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByFullNameAndActiveTrue(String fullName);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, UUID id);

    boolean existsByFullNameAndActiveTrueAndIdNot(String fullName, UUID id);
}
