package cn.zhengwu.documents.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.AttachmentKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What a file is, from its bytes; the size limits; the text for search. */
class ContentInspectorTests {

    static final AttachmentLimits LIMITS = new AttachmentLimits(DataSize.ofKilobytes(64), DataSize.ofKilobytes(256),
        30, 1000, 3, DataSize.ofKilobytes(32));

    final ContentInspector inspector = new ContentInspector(LIMITS);
    final TextExtractor extractor = new TextExtractor(LIMITS);

    @Test
    void everyKindAnOfficeAttachesIsRecognisedFromItsContent() {
        assertThat(inspector.inspect(SampleFiles.pdf("Budget 2027")).kind()).isEqualTo(AttachmentKind.PDF);
        assertThat(inspector.inspect(SampleFiles.docx("附件")).kind()).isEqualTo(AttachmentKind.DOCX);
        assertThat(inspector.inspect(SampleFiles.doc()).kind()).isEqualTo(AttachmentKind.DOC);
        assertThat(inspector.inspect(SampleFiles.xlsx("附件")).kind()).isEqualTo(AttachmentKind.XLSX);
        assertThat(inspector.inspect(SampleFiles.xls("附件")).kind()).isEqualTo(AttachmentKind.XLS);
        assertThat(inspector.inspect(SampleFiles.png()).kind()).isEqualTo(AttachmentKind.IMAGE);
        assertThat(inspector.inspect(SampleFiles.text("各区人民政府：现将有关事项通知如下。")).kind())
            .isEqualTo(AttachmentKind.TEXT);
        Inspection ofd = inspector.inspect(SampleFiles.ofd());
        assertThat(ofd.kind()).isEqualTo(AttachmentKind.OFD);
        assertThat(ofd.mediaType()).isEqualTo("application/ofd");
        assertThat(inspector.inspect(SampleFiles.zip(Map.of("说明.txt", SampleFiles.text("说明"),
            "表.xlsx", SampleFiles.xlsx("表")))).kind()).isEqualTo(AttachmentKind.ZIP);
    }

    @Test
    void sizeAndDigestAreOfTheBytes() {
        Inspection text = inspector.inspect(SampleFiles.text("abc"));
        assertThat(text.size()).isEqualTo(3);
        assertThat(text.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aProgramIsRefusedWhateverItIsCalled() {
        assertRefused(SampleFiles.executable(), "documents.attachment.refused-type");
    }

    @Test
    void anArchiveHoldingAProgramOrAnotherArchiveIsRefused() {
        assertRefused(SampleFiles.zip(Map.of("通知.pdf", SampleFiles.executable())),
            "documents.attachment.zip-refused-entry");
        assertRefused(SampleFiles.zip(Map.of("inner.zip", SampleFiles.zip(Map.of("a.txt", SampleFiles.text("a"))))),
            "documents.attachment.zip-refused-entry");
    }

    @Test
    void anArchiveThatExpandsBeyondTheLimitOrHoldsTooManyFilesIsRefused() {
        assertRefused(SampleFiles.zip(Map.of("zeros.txt", new byte[40 * 1024])), "documents.attachment.zip-too-large");
        assertRefused(SampleFiles.zip(Map.of("1.txt", SampleFiles.text("1"), "2.txt", SampleFiles.text("2"),
            "3.txt", SampleFiles.text("3"), "4.txt", SampleFiles.text("4"))), "documents.attachment.zip-too-many");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertRefused(new byte[0], "documents.attachment.empty");
        assertRefused(new byte[64 * 1024 + 1], "documents.attachment.too-large");
    }

    @Test
    void textIsExtractedForSearchUpToTheLimit() {
        assertThat(extractor.textOf(SampleFiles.docx("城市更新专项资金管理办法"))).contains("城市更新专项资金管理办法");
        assertThat(extractor.textOf(SampleFiles.xlsx("各区垃圾分类考核表"))).contains("各区垃圾分类考核表");
        assertThat(extractor.textOf(SampleFiles.pdf("Budget 2027"))).contains("Budget 2027");
        assertThat(extractor.textOf(SampleFiles.zip(Map.of("说明.txt", SampleFiles.text("防汛防台工作方案")))))
            .contains("防汛防台工作方案");
        assertThat(extractor.textOf(SampleFiles.text("字".repeat(5000)))).hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void namesWithPathCharactersAreRefused() {
        assertThat(AttachmentName.checked(" 城市更新专项资金表 ", AttachmentName.LONGEST)).isEqualTo("城市更新专项资金表");
        for (String bad : new String[] { "../etc/passwd", "a/b", "C:\\x", "a:b", "x\u0000y", " " }) {
            assertThatThrownBy(() -> AttachmentName.checked(bad, AttachmentName.LONGEST))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("documents.attachment.name-");
        }
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> inspector.inspect(content)).isInstanceOf(BusinessRuleViolation.class)
            .hasMessageStartingWith(key);
    }
}
