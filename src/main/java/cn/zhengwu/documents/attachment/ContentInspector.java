package cn.zhengwu.documents.attachment;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.AttachmentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * 附件检查 — tells what a file really is from its bytes (Apache Tika's magic numbers and container detectors), never
 * from its name: an {@code .exe} renamed {@code .pdf} is still a program and is refused. A ZIP is accepted only when
 * every entry is itself of an accepted kind (no archive in an archive), with its entries and expanded size bounded,
 * so that a small archive cannot expand into gigabytes.
 */
@Component
public class ContentInspector {

    static final String ZIP = "application/zip";
    private static final String OFD_ROOT = "OFD.xml";
    private static final Map<String, AttachmentKind> ACCEPTED = Map.ofEntries(
        Map.entry("application/pdf", AttachmentKind.PDF),
        Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.DOCX),
        Map.entry("application/msword", AttachmentKind.DOC),
        Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AttachmentKind.XLSX),
        Map.entry("application/vnd.ms-excel", AttachmentKind.XLS),
        Map.entry("image/png", AttachmentKind.IMAGE),
        Map.entry("image/jpeg", AttachmentKind.IMAGE),
        Map.entry("image/tiff", AttachmentKind.IMAGE),
        Map.entry("image/gif", AttachmentKind.IMAGE),
        Map.entry("image/bmp", AttachmentKind.IMAGE),
        Map.entry("text/plain", AttachmentKind.TEXT),
        Map.entry(ZIP, AttachmentKind.ZIP));

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final AttachmentLimits limits;

    ContentInspector(AttachmentLimits limits) {
        this.limits = limits;
    }

    /** The kind of the file, or a refusal naming what it was found to be. */
    public Inspection inspect(byte[] content) {
        if (content.length == 0) {
            throw BusinessRuleViolation.invalid("documents.attachment.empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw BusinessRuleViolation.invalid("documents.attachment.too-large", limits.maxFileSize().toMegabytes());
        }
        String type = detect(content);
        AttachmentKind kind = accepted(type)
            .orElseThrow(() -> BusinessRuleViolation.invalid("documents.attachment.refused-type", type));
        if (kind == AttachmentKind.ZIP) {
            kind = checkedArchive(content);
        }
        return new Inspection(kind, kind == AttachmentKind.OFD ? "application/ofd" : type, content.length,
            sha256(content));
    }

    private String detect(byte[] content) {
        // No file name in the metadata: the name proves nothing about the content.
        try (InputStream stream = TikaInputStream.get(content)) {
            return detector.detect(stream, new Metadata()).getBaseType().toString();
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<AttachmentKind> accepted(String type) {
        return Optional.ofNullable(ACCEPTED.get(MediaType.parse(type).getBaseType().toString()));
    }

    /**
     * OFD when {@code OFD.xml} is at the root (its XML parts are not attachments of their own); else a plain ZIP whose
     * entries are all accepted and none an archive.
     */
    private AttachmentKind checkedArchive(byte[] content) {
        boolean ofd = false;
        Map<String, String> typesOfEntries = new java.util.LinkedHashMap<>();
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ofd |= entry.getName().equals(OFD_ROOT);
                if (entry.isDirectory()) {
                    continue;
                }
                if (typesOfEntries.size() == limits.maxZipEntries()) {
                    throw BusinessRuleViolation.invalid("documents.attachment.zip-too-many", limits.maxZipEntries());
                }
                // Read at most one byte past what is left of the allowance: enough to know it is exceeded.
                long allowance = limits.maxZipExpandedSize().toBytes() - expanded;
                byte[] inner = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowance + 1));
                expanded += inner.length;
                if (inner.length > allowance) {
                    throw BusinessRuleViolation.invalid("documents.attachment.zip-too-large",
                        limits.maxZipExpandedSize().toMegabytes());
                }
                typesOfEntries.put(entry.getName(), inner.length == 0 ? "text/plain" : detect(inner));
            }
        }
        catch (ZipException damaged) {
            throw BusinessRuleViolation.invalid("documents.attachment.damaged", ZIP);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (typesOfEntries.isEmpty()) {
            throw BusinessRuleViolation.invalid("documents.attachment.empty");
        }
        if (ofd) {
            return AttachmentKind.OFD;
        }
        typesOfEntries.forEach((name, type) -> {
            Optional<AttachmentKind> kind = accepted(type);
            if (kind.isEmpty() || kind.get() == AttachmentKind.ZIP) {
                throw BusinessRuleViolation.invalid("documents.attachment.zip-refused-entry", name, type);
            }
        });
        return AttachmentKind.ZIP;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
