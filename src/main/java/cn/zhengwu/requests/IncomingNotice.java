package cn.zhengwu.requests;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.Urgency;
import org.jmolecules.event.types.DomainEvent;

/**
 * People must hear about an incoming record: its sender that it was returned (退文), its handlers that they are
 * pressed (催办) or that its reply period is running out or over. The kinds differ only in whom they tell and what
 * they say.
 *
 * @param title the record's title, which the message names
 */
public record IncomingNotice(Kind kind, IncomingId incoming, String title, Set<UUID> recipients, Urgency urgency,
        String detail, String sender) implements NotifiableEvent, DomainEvent {

    public enum Kind {
        /** 退文 */
        RETURNED,
        /** 催办 */
        PRESSED,
        /** 答复时限将到 */
        DUE_SOON,
        /** 答复已超期 */
        OVERDUE
    }

    public IncomingNotice {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String messageKey() {
        return "requests.notice." + kind.name();
    }

    @Override
    public List<String> messageArguments() {
        return List.of(title, detail);
    }

    @Override
    public String link() {
        return "/incoming/" + incoming;
    }
}
