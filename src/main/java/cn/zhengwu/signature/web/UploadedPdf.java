package cn.zhengwu.signature.web;

import java.io.IOException;

import cn.zhengwu.core.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** The PDF a visitor or a system uploads for verification: present, within the limit, read into memory only. */
final class UploadedPdf {

    private UploadedPdf() {
    }

    static byte[] read(@Nullable MultipartFile file, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleViolation.invalid("signature.upload.empty");
        }
        if (file.getSize() > limit.toBytes()) {
            throw BusinessRuleViolation.invalid("signature.upload.tooLarge", limit.toMegabytes());
        }
        try {
            return file.getBytes();
        }
        catch (IOException unreadable) {
            throw BusinessRuleViolation.invalid("signature.upload.unreadable");
        }
    }
}
