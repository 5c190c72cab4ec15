package cn.zhengwu.audit.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.core.SecurityClassification;

/** An entry of the trail in the API, its time with the city's UTC offset. */
record AuditEntryResponse(long id, OffsetDateTime occurredAt, String actor, String post, String address,
        String action, String subjectType, String subjectId, SecurityClassification classification, String details,
        String previousHash, String hash) {

    static AuditEntryResponse of(AuditEntry entry, ZoneId zone) {
        return new AuditEntryResponse(entry.id(), entry.occurredAt().atZone(zone).toOffsetDateTime(), entry.actor(),
            entry.postLabel(), entry.address(), entry.action(), entry.subjectType(), entry.subjectId(),
            entry.classification(), entry.details(), entry.previousHash(), entry.hash());
    }
}
