package cn.zhengwu.matters;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.core.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * 批示 with its receipts.
 *
 * @param recordedBy the secretary who recorded it for the author, or {@code null} when the author did
 */
public record InstructionSummary(InstructionId id, MatterId matter, PersonName author,
        @Nullable PersonName recordedBy, InstructionChannel channel, String text, Instant recordedAt,
        List<PersonName> actors, List<PersonName> readers, boolean followUp, Urgency urgency,
        List<ReadReceipt> receipts) {

    /** The person's receipt, or {@code null} while they have not read it. */
    public @Nullable ReadReceipt receiptOf(PersonName person) {
        return receipts.stream().filter(receipt -> receipt.reader().id().equals(person.id())).findFirst()
            .orElse(null);
    }
}
