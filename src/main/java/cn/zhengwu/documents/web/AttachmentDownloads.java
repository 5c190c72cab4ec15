package cn.zhengwu.documents.web;

import cn.zhengwu.documents.AttachmentFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a download, for the page and the API alike: never shown inline, so never run by the browser. */
final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    static ResponseEntity<byte[]> of(AttachmentFile file) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(file.mediaType()))
            .body(file.content());
    }
}
