package cn.zhengwu.requests;

import java.util.UUID;

import cn.zhengwu.clocks.ClockReaders;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import org.springframework.stereotype.Component;

/**
 * The clock of an incoming record (its reply period, or the time to handle an urgent document) is read by whoever
 * sees it on the pages: the record's readers ({@link IncomingBook#readable}) and, for a 请示, those who hold the
 * ledger of its receiving unit. Either way only within their clearance.
 */
@Component
class IncomingClockReaders implements ClockReaders {

    private final IncomingDocuments records;
    private final IncomingBook book;
    private final ActorContext actors;

    IncomingClockReaders(IncomingDocuments records, IncomingBook book, ActorContext actors) {
        this.records = records;
        this.book = book;
        this.actors = actors;
    }

    @Override
    public boolean mayRead(ClockSummary clock) {
        RecordReference subject = clock.subject();
        if (!IncomingBook.MODULE.equals(subject.module()) || !IncomingBook.RECORD.equals(subject.type())) {
            return false;
        }
        Actor actor = actors.current();
        return records.findById(UUID.fromString(subject.id()))
            .filter(record -> actor.mayRead(record.classification()))
            .filter(record -> book.readerOf(actor, record) || record.type() == DocumentType.REQUEST
                && book.covers(actor, Permission.REQUEST_LEDGER_READ, record.receivingUnitId()))
            .isPresent();
    }
}
