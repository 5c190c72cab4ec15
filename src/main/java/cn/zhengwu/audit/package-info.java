/**
 * 审计 — the audit trail: an append-only, hash-chained record of every change and of every read of records
 * marked 内部 or above, with who acted, in which post, from which address. It listens to the
 * {@link cn.zhengwu.core.AuditableEvent}s that every module publishes and records each one in the transaction
 * of the change. The audit administrator searches and exports the trail, and the chain can be verified at any
 * time; the auditor's own reads are recorded too. It never changes or removes an entry, and it does not decide
 * what is auditable: the publishing modules do.
 */
@ApplicationModule(displayName = "Audit 审计", allowedDependencies = "core")
@NullMarked
package cn.zhengwu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
