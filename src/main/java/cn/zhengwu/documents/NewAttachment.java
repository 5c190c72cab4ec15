package cn.zhengwu.documents;

import org.jspecify.annotations.Nullable;

/**
 * A file to attach.
 *
 * @param name its line in the 附件说明; when blank, the next line of the 附件说明 not yet attached, or else the file's
 *     name without its extension
 * @param fileName the name the file had on the uploader's computer
 */
public record NewAttachment(@Nullable String name, String fileName, byte[] content) {

    public NewAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
