package cn.zhengwu.documents.archive;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.ArchiveEntry;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.RetentionPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive packages ({@code documents_archive_package}) and the 件号 counter of each year. */
@Repository
public class ArchiveStore {

    private static final String ENTRY = """
        SELECT document_id, archival_code, archive_year, item_number, retention, title, issuing_number, responsible,
               written_on, classification, archived_at
        FROM documents_archive_package""";

    private final JdbcClient jdbc;

    ArchiveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the next 件号 of the year; the counter row stays locked until the transaction ends, on every node. */
    public int nextItem(int year) {
        return jdbc.sql("""
                INSERT INTO documents_archive_sequence (archive_year, last_item) VALUES (:year, 1)
                ON CONFLICT (archive_year) DO UPDATE SET last_item = documents_archive_sequence.last_item + 1
                RETURNING last_item""")
            .param("year", year).query(Integer.class).single();
    }

    public void add(ArchiveEntry entry, byte[] zip) {
        jdbc.sql("""
                INSERT INTO documents_archive_package (document_id, archive_year, item_number, archival_code, retention,
                  title, issuing_number, responsible, written_on, classification, package, archived_at)
                VALUES (:document, :year, :item, :code, :retention, :title, :number, :responsible, :writtenOn,
                  :classification, :zip, :at)""")
            .param("document", entry.document().id())
            .param("year", entry.year())
            .param("item", entry.itemNumber())
            .param("code", entry.archivalCode())
            .param("retention", entry.retention().name())
            .param("title", entry.title())
            .param("number", entry.documentNumber())
            .param("responsible", entry.responsible())
            .param("writtenOn", entry.date())
            .param("classification", entry.classification().name())
            .param("zip", zip)
            .param("at", java.sql.Timestamp.from(entry.archivedAt()))
            .update();
    }

    public Optional<ArchiveEntry> entry(DocumentId document) {
        return jdbc.sql(ENTRY + " WHERE document_id = :document").param("document", document.id())
            .query(ArchiveStore::entry).optional();
    }

    public Optional<byte[]> zip(DocumentId document) {
        return jdbc.sql("SELECT package FROM documents_archive_package WHERE document_id = :document")
            .param("document", document.id()).query(byte[].class).optional();
    }

    /** The year's entries by 件号. */
    public List<ArchiveEntry> year(int year) {
        return jdbc.sql(ENTRY + " WHERE archive_year = :year ORDER BY item_number").param("year", year)
            .query(ArchiveStore::entry).list();
    }

    private static ArchiveEntry entry(ResultSet row, int index) throws SQLException {
        return new ArchiveEntry(new DocumentId(row.getObject("document_id", java.util.UUID.class)),
            row.getString("archival_code"), row.getInt("archive_year"), row.getInt("item_number"),
            RetentionPeriod.valueOf(row.getString("retention")), row.getString("title"),
            row.getString("issuing_number"), row.getString("responsible"),
            row.getObject("written_on", java.time.LocalDate.class),
            SecurityClassification.valueOf(row.getString("classification")),
            row.getTimestamp("archived_at").toInstant());
    }
}
