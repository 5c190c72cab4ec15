package cn.zhengwu.documents.attachment;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the bytes in {@code documents_attachment_content}, in the transaction that records the attachment. */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID attachment, byte[] bytes) {
        jdbc.sql("INSERT INTO documents_attachment_content (attachment_id, bytes) VALUES (?, ?)")
            .params(attachment, bytes).update();
    }

    @Override
    public byte[] get(UUID attachment) {
        return jdbc.sql("SELECT bytes FROM documents_attachment_content WHERE attachment_id = ?")
            .param(attachment).query(byte[].class).single();
    }

    @Override
    public void delete(UUID attachment) {
        jdbc.sql("DELETE FROM documents_attachment_content WHERE attachment_id = ?").param(attachment).update();
    }
}
