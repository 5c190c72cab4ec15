package cn.zhengwu.requests;

import cn.zhengwu.clocks.ClockOverdue;
import cn.zhengwu.clocks.ClockReminderDue;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.DistributedDocumentReceived;
import cn.zhengwu.documents.DocumentIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell incoming documents: a unit signed for a distributed document (签收, channel a), a document
 * was issued in reply to a record (答复), a record's clock reminds or is overdue. Each runs after the other module's
 * transaction, as the system, and may run twice without harm.
 */
@Component
class IncomingIntake {

    private final IncomingRegistration registration;
    private final IncomingHandling handling;

    IncomingIntake(IncomingRegistration registration, IncomingHandling handling) {
        this.registration = registration;
        this.handling = handling;
    }

    @ApplicationModuleListener
    void on(DistributedDocumentReceived delivered) {
        SystemAuthentication.run(() -> registration.receive(delivered));
    }

    @ApplicationModuleListener
    void on(DocumentIssued issued) {
        RecordReference answered = issued.inReplyTo();
        if (answered != null && ours(answered)) {
            SystemAuthentication.run(() -> handling.replyIssued(issued));
        }
    }

    @ApplicationModuleListener
    void on(ClockReminderDue reminder) {
        if (ours(reminder.subject())) {
            SystemAuthentication.run(() -> handling.alert(reminder.clock(), IncomingNotice.Kind.DUE_SOON));
        }
    }

    @ApplicationModuleListener
    void on(ClockOverdue overdue) {
        if (ours(overdue.subject())) {
            SystemAuthentication.run(() -> handling.alert(overdue.clock(), IncomingNotice.Kind.OVERDUE));
        }
    }

    private static boolean ours(RecordReference record) {
        return IncomingBook.MODULE.equals(record.module()) && IncomingBook.RECORD.equals(record.type());
    }
}
