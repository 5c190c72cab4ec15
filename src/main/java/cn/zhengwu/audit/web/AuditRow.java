package cn.zhengwu.audit.web;

import java.time.ZonedDateTime;

import cn.zhengwu.audit.AuditEntry;

/** An entry as the audit page shows it: the time in the city's time zone, the action in the reader's language. */
record AuditRow(AuditEntry entry, ZonedDateTime time, String actionLabel) {
}
