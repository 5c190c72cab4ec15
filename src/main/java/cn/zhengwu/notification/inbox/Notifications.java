package cn.zhengwu.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Everyone's notifications in the application. */
public interface Notifications extends JpaRepository<Notification, UUID> {

    boolean existsByEventKeyAndRecipientId(String eventKey, UUID recipient);

    Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipient);

    @Query("select n from Notification n where n.recipientId = :recipient order by n.arrivedAt desc")
    List<Notification> newestFirst(UUID recipient, Pageable page);

    @Query("select n from Notification n where n.recipientId = :recipient and n.readAt is null "
            + "order by n.arrivedAt desc")
    List<Notification> unreadNewestFirst(UUID recipient, Pageable page);

    long countByRecipientIdAndReadAtIsNull(UUID recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(UUID recipient, Instant at);
}
