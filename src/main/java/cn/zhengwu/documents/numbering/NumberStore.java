package cn.zhengwu.documents.numbering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.IssuingNumber;
import cn.zhengwu.documents.NumberEntry;
import cn.zhengwu.documents.NumberStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters ({@code documents_number_sequence}) and the register ({@code documents_number_register}). The next
 * number comes from one atomic upsert that returns the incremented counter: its row stays locked until the
 * transaction ends, so concurrent sign-offs on any number of nodes queue on it and never see the same value; a
 * rolled-back transaction gives its number back.
 */
@Repository
public class NumberStore {

    private final JdbcClient jdbc;

    NumberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes, on every node, the numbering of one document until the transaction ends, so that two sign-offs
     * of the same document cannot both find it unnumbered.
     */
    public void lock(DocumentId document) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
            .param("key", document.id().getMostSignificantBits() ^ document.id().getLeastSignificantBits())
            .query((row, index) -> row.getObject(1))
            .list();
    }

    /** The year under which a 令's numbers are kept: they run on across years, so they have none. */
    public static final int ORDERS = 0;

    /** Takes the next sequence number of the code word and year ({@link #ORDERS} for a 令). */
    public int next(String codeWord, int year) {
        return jdbc.sql("""
                INSERT INTO documents_number_sequence (code_word, year, last_number) VALUES (:codeWord, :year, 1)
                ON CONFLICT (code_word, year)
                DO UPDATE SET last_number = documents_number_sequence.last_number + 1
                RETURNING last_number""")
            .param("codeWord", codeWord)
            .param("year", year)
            .query(Integer.class)
            .single();
    }

    public void add(IssuingNumber number, NumberStatus status, @Nullable DocumentId document, String by, Instant at,
            @Nullable String reason) {
        jdbc.sql("""
                INSERT INTO documents_number_register
                  (id, code_word, year, sequence, number_text, status, document_id, recorded_by, recorded_at, reason)
                VALUES (:id, :codeWord, :year, :sequence, :text, :status, :document, :by, :at, :reason)""")
            .param("id", UUID.randomUUID())
            .param("codeWord", number.codeWord())
            .param("year", yearKey(number))
            .param("sequence", number.sequence())
            .param("text", number.format())
            .param("status", status.name())
            .param("document", document == null ? null : document.id())
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("reason", reason)
            .update();
    }

    /** Changes a line's status, locking it; false when no line of that number is in {@code from}. */
    public boolean change(IssuingNumber number, NumberStatus from, NumberStatus to, @Nullable DocumentId document,
            String by, Instant at, @Nullable String reason) {
        return jdbc.sql("""
                UPDATE documents_number_register
                SET status = :to, document_id = :document, recorded_by = :by, recorded_at = :at, reason = :reason
                WHERE code_word = :codeWord AND year = :year AND sequence = :sequence AND status = :from""")
            .param("to", to.name())
            .param("document", document == null ? null : document.id())
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("reason", reason)
            .param("codeWord", number.codeWord())
            .param("year", yearKey(number))
            .param("sequence", number.sequence())
            .param("from", from.name())
            .update() == 1;
    }

    public Optional<NumberEntry> find(IssuingNumber number) {
        return jdbc.sql("SELECT * FROM documents_number_register"
                + " WHERE code_word = :codeWord AND year = :year AND sequence = :sequence")
            .param("codeWord", number.codeWord())
            .param("year", yearKey(number))
            .param("sequence", number.sequence())
            .query(NumberStore::entry)
            .optional();
    }

    /** The number issued to a document and not voided, if any. */
    public Optional<NumberEntry> issuedTo(DocumentId document) {
        return jdbc.sql("SELECT * FROM documents_number_register WHERE document_id = :document AND status = 'ISSUED'")
            .param("document", document.id())
            .query(NumberStore::entry)
            .optional();
    }

    public List<NumberEntry> register(String codeWord, int year) {
        return jdbc.sql("SELECT * FROM documents_number_register WHERE code_word = :codeWord AND year = :year"
                + " ORDER BY sequence")
            .param("codeWord", codeWord)
            .param("year", year)
            .query(NumberStore::entry)
            .list();
    }

    private static int yearKey(IssuingNumber number) {
        return number.year() == null ? ORDERS : number.year();
    }

    private static NumberEntry entry(ResultSet row, int index) throws SQLException {
        UUID document = row.getObject("document_id", UUID.class);
        return new NumberEntry(
            row.getInt("year") == ORDERS ? IssuingNumber.order(row.getString("code_word"), row.getInt("sequence"))
                : IssuingNumber.of(row.getString("code_word"), row.getInt("year"), row.getInt("sequence")),
            NumberStatus.valueOf(row.getString("status")),
            document == null ? null : new DocumentId(document),
            row.getString("recorded_by"),
            row.getTimestamp("recorded_at").toInstant(),
            row.getString("reason"));
    }
}
