package cn.zhengwu.notification.inbox;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The choices of the people who made them; everyone else has the defaults. */
public interface Preferences extends JpaRepository<Preference, UUID> {
}
