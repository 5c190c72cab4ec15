package cn.zhengwu.documents;

import java.time.Instant;

/**
 * An attachment as its document's readers see it.
 *
 * @param position its number in the 附件说明, from 1
 * @param name its line in the 附件说明
 * @param fileName the name of the file as uploaded, for downloads
 * @param mediaType the type detected from its content
 * @param sha256 the SHA-256 of its bytes, in hexadecimal
 */
public record AttachmentView(AttachmentId id, DocumentId document, int position, String name, String fileName,
        AttachmentKind kind, String mediaType, long size, String sha256, String uploadedByName, Instant uploadedAt) {
}
