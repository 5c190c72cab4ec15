package cn.zhengwu.documents;

import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.Urgency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A copy of an issued document waits for a unit to sign for it (待签收), or its sender pressed (催办) for the
 * receipt: the unit's receiving staff are told.
 *
 * @param pressed whether this is a reminder rather than the delivery
 */
public record DocumentDelivered(DocumentId document, String documentNumber, String title, Set<UUID> recipients,
        Urgency urgency, boolean pressed, String sender) implements NotifiableEvent {

    public DocumentDelivered {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String messageKey() {
        return pressed ? "documents.notice.receipt-pressed" : "documents.notice.delivered";
    }

    @Override
    public List<String> messageArguments() {
        return List.of(documentNumber, title);
    }

    @Override
    public String link() {
        return "/documents/receipts";
    }
}
