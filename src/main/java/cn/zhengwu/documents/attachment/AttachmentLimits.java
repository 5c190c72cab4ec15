package cn.zhengwu.documents.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a document may carry ({@code zhengwu.documents.attachments.*}, docs/configuration.md). Spring's multipart
 * limit in {@code application.yml} is the ceiling of every upload and must stay above {@code maxFileSize}, so that
 * an oversized file is refused here, with its reason.
 *
 * @param maxFileSize the largest file
 * @param maxDocumentSize all attachments of one document together
 * @param maxCount attachments of one document (the 附件说明 takes at most 30 lines)
 * @param maxTextLength characters of extracted text kept for search per attachment
 * @param maxZipEntries entries a ZIP may hold
 * @param maxZipExpandedSize what a ZIP's entries may weigh once expanded: a small archive that expands into
 *     gigabytes is refused
 */
@ConfigurationProperties("zhengwu.documents.attachments")
public record AttachmentLimits(@DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("200MB") DataSize maxDocumentSize, @DefaultValue("30") int maxCount,
        @DefaultValue("200000") int maxTextLength, @DefaultValue("200") int maxZipEntries,
        @DefaultValue("200MB") DataSize maxZipExpandedSize) {
}
