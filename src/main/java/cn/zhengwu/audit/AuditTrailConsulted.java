package cn.zhengwu.audit;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/**
 * Someone searched, exported or verified the audit trail. The trail records it like any other read of an
 * internal record, so that the auditors are audited too.
 */
public record AuditTrailConsulted(String action, String details) implements AuditableEvent, DomainEvent {

    public static final String SEARCHED = "audit.trail.searched";
    public static final String EXPORTED = "audit.trail.exported";
    public static final String VERIFIED = "audit.trail.verified";

    @Override
    public String subjectType() {
        return "audit-trail";
    }

    @Override
    public String subjectId() {
        return "audit_entry";
    }

    @Override
    public SecurityClassification classification() {
        return SecurityClassification.INTERNAL;
    }
}
