package cn.zhengwu.audit;

import java.time.Instant;

import cn.zhengwu.core.SecurityClassification;

/**
 * 审计记录 — one entry of the audit trail: who did what to which record, when, in which post and from where,
 * sealed by a hash over its fields and the hash of the entry before it.
 *
 * @param id the sequence number; entries are chained in this order
 * @param actor the username of the person (or {@code system}) who acted
 * @param postLabel the post they acted in (当前岗位), e.g. "办公厅秘书处 · 处长"
 * @param address the client address of the request, or {@code system}
 * @param action what happened, as a message key such as {@code organization.unit.created}
 * @param previousHash the hash of the entry before (64 zeros for the first entry)
 * @param hash SHA-256, hex, over all the other fields
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String postLabel, String address, String action,
        String subjectType, String subjectId, SecurityClassification classification, String details,
        String previousHash, String hash) {
}
