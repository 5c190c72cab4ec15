package cn.zhengwu.documents.attachment;

import cn.zhengwu.documents.AttachmentKind;

/** What a file's bytes were found to be: the kind it is accepted as, the detected media type, size and digest. */
public record Inspection(AttachmentKind kind, String mediaType, long size, String sha256) {
}
