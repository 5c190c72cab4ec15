package cn.zhengwu.identity.account;

import org.springframework.data.jpa.repository.JpaRepository;

/** The built-in roles and those administrators added. */
public interface Roles extends JpaRepository<Role, String> {
}
