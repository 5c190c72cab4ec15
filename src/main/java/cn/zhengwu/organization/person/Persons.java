package cn.zhengwu.organization.person;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Everyone in the directory. */
public interface Persons extends JpaRepository<Person, UUID> {

    @Query("select p from Person p where lower(p.name) like lower(concat('%', :text, '%')) order by p.name")
    List<Person> search(String text, Pageable page);
}
