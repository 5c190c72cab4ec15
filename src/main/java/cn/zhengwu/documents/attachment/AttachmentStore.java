package cn.zhengwu.documents.attachment;

import java.util.UUID;

/**
 * Where the bytes of attachments are kept, apart from what is known of them. PostgreSQL for now
 * ({@link DatabaseAttachmentStore}); an S3-compatible store can implement it later (docs/adr/0012). Writes take part
 * in the caller's transaction where the store can.
 */
public interface AttachmentStore {

    void put(UUID attachment, byte[] bytes);

    byte[] get(UUID attachment);

    void delete(UUID attachment);
}
