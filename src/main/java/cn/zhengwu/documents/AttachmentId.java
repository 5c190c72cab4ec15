package cn.zhengwu.documents;

import java.util.UUID;

/** Identifies an attachment (附件) of a document. */
public record AttachmentId(UUID id) {

    public static AttachmentId parse(String text) {
        return new AttachmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
