package cn.zhengwu.requests.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.NewIncoming;
import cn.zhengwu.requests.UploadedFile;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The registration form (收文登记) as the page posts it, typed in or with the document uploaded. */
record IncomingForm(@Nullable String senderOrgan, @Nullable String senderNumber, @Nullable String title,
        @Nullable DocumentType type, @Nullable SecurityClassification classification, @Nullable Urgency urgency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate writtenOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn, @Nullable Integer copies,
        @Nullable MultipartFile file) {

    static IncomingForm blank(LocalDate today) {
        return new IncomingForm("", "", "", DocumentType.REQUEST, SecurityClassification.PUBLIC, Urgency.NORMAL, null,
            today, 1, null);
    }

    NewIncoming toRequest() {
        UploadedFile upload = null;
        if (file != null && !file.isEmpty()) {
            try {
                upload = new UploadedFile(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes());
            }
            catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return new NewIncoming(null, senderOrgan == null ? "" : senderOrgan, senderNumber,
            title == null ? "" : title, type, classification, urgency, writtenOn, receivedOn,
            copies == null ? 0 : copies, null, upload);
    }
}
