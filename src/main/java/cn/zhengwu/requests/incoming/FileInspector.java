package cn.zhengwu.requests.incoming;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.zhengwu.core.BusinessRuleViolation;
import org.apache.tika.Tika;
import org.springframework.util.unit.DataSize;

/**
 * Reads what an uploaded file really is from its bytes (Tika's magic numbers), never from its name: a PDF, an OFD
 * (GB/T 33190, a ZIP container whose root holds {@code OFD.xml}) or a scanned image. A file whose name claims
 * another type, an empty or oversized file, or any other type is refused.
 */
public final class FileInspector {

    static final String OFD = "application/ofd";
    private static final String ZIP = "application/zip";
    private static final Set<String> ACCEPTED = Set.of("application/pdf", OFD, "image/png", "image/jpeg",
        "image/tiff");
    private static final Map<String, String> CLAIMED_BY_EXTENSION = Map.of("pdf", "application/pdf", "ofd", OFD,
        "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "tif", "image/tiff", "tiff", "image/tiff");

    private final Tika tika = new Tika();
    private final DataSize largest;

    public FileInspector(DataSize largest) {
        this.largest = largest;
    }

    public InspectedFile inspect(String name, byte[] content) {
        if (content.length == 0) {
            throw BusinessRuleViolation.invalid("requests.file.empty", name);
        }
        if (content.length > largest.toBytes()) {
            throw BusinessRuleViolation.invalid("requests.file.tooLarge", name, largest.toMegabytes());
        }
        String detected = detect(content);
        String claimed = CLAIMED_BY_EXTENSION.get(extension(name));
        if (claimed != null && !claimed.equals(detected)) {
            throw BusinessRuleViolation.invalid("requests.file.notWhatItClaims", name, detected);
        }
        if (!ACCEPTED.contains(detected)) {
            throw BusinessRuleViolation.invalid("requests.file.typeRefused", name, detected);
        }
        return new InspectedFile(detected, content, sha256(content));
    }

    private String detect(byte[] content) {
        String type = tika.detect(content);
        return ZIP.equals(type) && holdsOfdRoot(content) ? OFD : type;
    }

    private static boolean holdsOfdRoot(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("OFD.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        }
        catch (IOException unreadable) {
            return false;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
