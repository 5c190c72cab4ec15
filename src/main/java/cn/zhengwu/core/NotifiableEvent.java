package cn.zhengwu.core;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A domain event that people must be told about (通知). Modules publish their events; the
 * {@code notification} module delivers every event of this type to its recipients on their chosen channels
 * and records who was told, so that no module depends on the notification module.
 */
public interface NotifiableEvent {

    /** The people to tell (person ids of the organization module). */
    Set<UUID> recipients();

    /** What to tell them, as a message key with {@link #messageArguments()}. */
    String messageKey();

    List<String> messageArguments();

    Urgency urgency();

    /** Where in Zhengwu the recipient can act on it, a path such as {@code /todo/…}. */
    String link();

    /** The account that caused it, or {@link Actor#SYSTEM}. */
    String sender();
}
