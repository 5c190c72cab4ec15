package cn.zhengwu.requests.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.zhengwu.core.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The type of an uploaded document comes from its bytes; its name only claims one. */
class FileInspectorTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    private final FileInspector inspector = new FileInspector(DataSize.ofKilobytes(64));

    @Test
    void aPdfAndAScanAreAcceptedByTheirBytes() {
        assertThat(inspector.inspect("请示.pdf", PDF).mediaType()).isEqualTo("application/pdf");
        assertThat(inspector.inspect("扫描件", PNG).mediaType()).isEqualTo("image/png");
        assertThat(inspector.inspect("请示.pdf", PDF).sha256()).hasSize(64);
    }

    @Test
    void anOfdIsAZipWithOfdXmlAtItsRoot() throws IOException {
        assertThat(inspector.inspect("请示.ofd", zip("OFD.xml")).mediaType()).isEqualTo("application/ofd");
        assertThatThrownBy(() -> inspector.inspect("请示.ofd", zip("word/document.xml")))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.file.notWhatItClaims"));
    }

    @Test
    void aFileThatIsNotWhatItsNameClaimsIsRefused() {
        assertThatThrownBy(() -> inspector.inspect("请示.pdf", "<html><script>alert(1)</script></html>"
            .getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.file.notWhatItClaims"));
    }

    @Test
    void anyOtherTypeIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> inspector.inspect("说明", "纯文本".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.file.typeRefused"));
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> inspector.inspect("请示.pdf", new byte[0]))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.file.empty"));
        byte[] large = new byte[64 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> inspector.inspect("请示.pdf", large))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.file.tooLarge"));
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
