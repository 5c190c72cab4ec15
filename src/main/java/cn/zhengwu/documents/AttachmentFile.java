package cn.zhengwu.documents;

/** The bytes of an attachment, to download. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
