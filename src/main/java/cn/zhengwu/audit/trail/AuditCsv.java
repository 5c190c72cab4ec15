package cn.zhengwu.audit.trail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the entries of a search as CSV, fetching them in batches so that an export of the whole trail never
 * sits in memory. Times are in the city's time zone; actions and classifications are in the reader's language.
 */
@Component
public class AuditCsv {

    static final int BATCH = 500;

    /** Makes spreadsheet programs read the file as UTF-8 rather than the system's legacy code page. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final List<String> COLUMNS = List.of("id", "time", "actor", "post", "address", "action",
        "actionKey", "subjectType", "subjectId", "classification", "details", "hash");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEntries entries;
    private final MessageSource messages;
    private final Clock clock;

    AuditCsv(AuditEntries entries, MessageSource messages, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.clock = clock;
    }

    public void write(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writer.write(CsvFormat.line(COLUMNS.stream()
            .map(column -> messages.getMessage("audit.entry." + column, null, locale)).toList()));
        @Nullable Long before = query.before();
        List<AuditEntry> batch;
        do {
            batch = entries.newestFirst(query, before, BATCH, clock.getZone());
            for (AuditEntry entry : batch) {
                writer.write(CsvFormat.line(row(entry, locale)));
            }
            before = batch.isEmpty() ? before : batch.getLast().id();
            writer.flush();
        }
        while (batch.size() == BATCH);
    }

    private List<String> row(AuditEntry entry, Locale locale) {
        return List.of(Long.toString(entry.id()), TIME.format(entry.occurredAt().atZone(clock.getZone())),
            entry.actor(), entry.postLabel(), entry.address(),
            messages.getMessage(entry.action(), null, entry.action(), locale), entry.action(), entry.subjectType(),
            entry.subjectId(), messages.getMessage(entry.classification().messageKey(), null, locale),
            entry.details(), entry.hash());
    }
}
