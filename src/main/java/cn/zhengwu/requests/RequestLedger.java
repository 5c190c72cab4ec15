package cn.zhengwu.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.ClockStatus;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.incoming.IncomingDocument;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 请示件台账 — every 请示 the caller's scope reaches (over the receiving unit), with its age in working days, the
 * leader in charge, where it stands and an alert when it has gone unanswered too long: overdue by its clock, or within
 * {@link #DUE_SOON_DAYS} working days of it.
 */
@Service
@Transactional(readOnly = true)
public class RequestLedger {

    static final int DUE_SOON_DAYS = 2;
    static final int LONGEST = 500;

    private final IncomingDocuments records;
    private final IncomingBook book;
    private final StatutoryClocks clocks;
    private final WorkingCalendar calendar;
    private final ActorContext actors;

    RequestLedger(IncomingDocuments records, IncomingBook book, StatutoryClocks clocks, WorkingCalendar calendar,
            ActorContext actors) {
        this.records = records;
        this.book = book;
        this.clocks = clocks;
        this.calendar = calendar;
        this.actors = actors;
    }

    /** The ledger, newest first; {@code openOnly} leaves out the answered, returned and merged ones. */
    @PreAuthorize("hasAuthority('PERM_REQUEST_LEDGER_READ')")
    public List<LedgerRow> rows(boolean openOnly) {
        Actor actor = actors.current();
        List<SecurityClassification> markings = Arrays.stream(SecurityClassification.values())
            .filter(actor::mayRead).toList();
        LocalDate today = book.today();
        return records.ofType(DocumentType.REQUEST, markings, PageRequest.of(0, LONGEST)).stream()
            .filter(record -> book.covers(actor, Permission.REQUEST_LEDGER_READ, record.receivingUnitId()))
            .filter(record -> !openOnly || !record.stage().closed())
            .map(record -> row(record, today)).toList();
    }

    private LedgerRow row(IncomingDocument record, LocalDate today) {
        LocalDate until = record.closedAt() == null ? today : book.dateOf(record.closedAt());
        int age = until.isAfter(record.receivedOn()) ? calendar.workingDaysBetween(record.receivedOn(), until) : 0;
        UUID clockId = record.clockId();
        ClockSummary clock = clockId == null ? null : clocks.find(new ClockId(clockId));
        LedgerRow.Alert alert = LedgerRow.Alert.NONE;
        if (clock != null && clock.status() == ClockStatus.OVERDUE) {
            alert = LedgerRow.Alert.OVERDUE;
        }
        else if (clock != null && clock.status() == ClockStatus.RUNNING && !clock.dueDate().isBefore(today)
            && calendar.workingDaysBetween(today, clock.dueDate()) <= DUE_SOON_DAYS) {
            alert = LedgerRow.Alert.DUE_SOON;
        }
        UUID leader = record.leaderId();
        return new LedgerRow(book.summary(record), age, leader == null ? null : book.personName(leader),
            clock == null ? null : clock.dueDate(), clock == null ? null : clock.status(), alert);
    }
}
