package cn.zhengwu.notification.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The record of who was told: every attempt on every channel. */
public interface DeliveryAttempts extends JpaRepository<DeliveryAttempt, UUID> {

    @Query("select a from DeliveryAttempt a order by a.attemptedAt desc")
    List<DeliveryAttempt> newestFirst(Pageable page);

    @Query("select a from DeliveryAttempt a where a.sender = :sender order by a.attemptedAt desc")
    List<DeliveryAttempt> sentBy(String sender, Pageable page);

    List<DeliveryAttempt> findByNotificationId(UUID notification);
}
