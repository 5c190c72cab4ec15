package cn.zhengwu.requests;

import java.time.Instant;
import java.time.LocalDate;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * An incoming record as lists and the API show it.
 *
 * @param number 收文编号, once registered ({@code 沪府办收〔2026〕3号})
 * @param duplicateOf the earlier record this one seems to repeat, while the clerk has not decided
 * @param circulating whether a 传阅 is under way
 */
public record IncomingSummary(IncomingId id, @Nullable String number, UnitId receivingUnit, String receivingUnitName,
        String senderOrgan, @Nullable String senderNumber, String title, DocumentType type,
        SecurityClassification classification, Urgency urgency, LocalDate writtenOn, LocalDate receivedOn, int copies,
        IncomingChannel channel, IncomingStage stage, @Nullable MatterId matter, @Nullable IncomingId duplicateOf,
        boolean circulating, Instant arrivedAt) {

    /** 请示件: the ledger follows them and a clock counts their reply period. */
    public boolean request() {
        return type == DocumentType.REQUEST;
    }
}
