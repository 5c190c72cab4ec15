package cn.zhengwu.audit;

import java.io.IOException;
import java.io.OutputStream;

/**
 * 导出 — an authorized CSV export of a search, ready to be written: UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Chinese correctly, a header row in the reader's language, newest entry first.
 */
@FunctionalInterface
public interface AuditExport {

    /** Streams every matching entry, fetching them from the database in batches. */
    void writeTo(OutputStream out) throws IOException;
}
