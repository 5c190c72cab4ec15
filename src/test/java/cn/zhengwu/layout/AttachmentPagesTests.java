package cn.zhengwu.layout;

import static cn.zhengwu.layout.RenderedPdf.CHAR_MM;
import static cn.zhengwu.layout.RenderedPdf.LINE_MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument.Attachment;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.pdf.FontFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 附件 printed with the document: each from a new page after the body, before the 版记 (GB/T 9704-2012 7.3.7). */
class AttachmentPagesTests {

    static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(notice()));
        pdf.writeTo("attachments.pdf");
    }

    static IssuedDocument notice() {
        List<Paragraph> catalogue = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            catalogue.add(Paragraph.text(i + ".企业开办一件事：营业执照、印章刻制、发票申领、社保登记和住房公积金缴存登记一次办结。"));
        }
        List<Attachment> attachments = List.of(
            new Attachment("政务服务事项基本目录", List.of(Paragraph.text("本目录列明本市政务服务事项的名称、实施主体和办理时限。"),
                new IssuedDocument.Paragraph(IssuedDocument.Level.FIRST, "一、行政许可"),
                Paragraph.text("共计二百一十项，由各实施机关按照本目录受理。"))),
            new Attachment("“一件事”办理清单", catalogue),
            Attachment.named("办事指南编制规范"));
        return new IssuedDocument(DocumentFormat.general(), null, null, null, "上海市人民政府文件",
            "沪府发〔2026〕2号", List.of(), "关于公布政务服务事项目录的通知", null,
            List.of(Paragraph.text("现将两个目录印发给你们，请认真贯彻执行。")), attachments,
            "上海市人民政府", LocalDate.of(2026, 1, 9), null, List.of("市委各部门"), "上海市人民政府办公厅",
            LocalDate.of(2026, 1, 10), null);
    }

    @Test
    void theBodyNamesEveryAttachmentAndEachPrintedOneStartsANewPage() {
        assertThat(pdf.line(1, "附件：1.政务服务事项基本目录")).isNotNull();
        assertThat(pdf.line(1, "3.办事指南编制规范")).isNotNull();
        assertThat(pdf.page(2).getFirst().text()).isEqualTo("附件1");
        assertThat(pdf.page(3).getFirst().text()).isEqualTo("附件2");
        assertThat(pdf.pages()).noneMatch(page -> page.stream().anyMatch(line -> line.text().startsWith("附件3")))
            .as("an attachment without content gets no page");
    }

    @Test
    void theLabelIsHeitiFlushLeftOnLineOneAndTheTitleIsCentredOnLineThree() {
        Line label = pdf.line(2, "附件1");
        assertThat(label.leftMm()).isCloseTo(28, within(0.5));
        assertThat(label.baselineMm()).isBetween(37.0, 37 + LINE_MM);
        assertThat(label.font()).contains("WenQuanYi");
        assertThat(label.size()).isEqualTo(16);
        Line title = pdf.line(2, "政务服务事项基本目录");
        assertThat(title.centreMm()).isCloseTo(105, within(1.0));
        assertThat(title.baselineMm()).isBetween(37 + 2 * LINE_MM, 37 + 3 * LINE_MM);
        assertThat(title.size()).isEqualTo(22);
        Line first = pdf.line(2, "本目录列明");
        assertThat(first.leftMm()).as("paragraphs like the body").isCloseTo(28 + 2 * CHAR_MM, within(1.0));
        assertThat(pdf.line(2, "一、行政许可").font()).contains("WenQuanYi");
    }

    @Test
    void aLongAttachmentRunsOnAndTheImprintFollowsTheLastAttachment() {
        int last = pdf.pageCount();
        assertThat(last).isEqualTo(4);
        Line continued = pdf.page(4).getFirst();
        assertThat(continued.text()).as("continued from page 3").contains("一件事");
        assertThat(continued.baselineMm()).isBetween(37.0, 37 + LINE_MM);
        assertThat(pdf.has(last, "抄送：")).isTrue();
        assertThat(pdf.has(last, "2026年1月10日印发")).isTrue();
        for (int page = 1; page < last; page++) {
            assertThat(pdf.has(page, "抄送：")).as("no 版记 on page %d", page).isFalse();
        }
    }

    @Test
    void pageNumbersContinueThroughTheAttachments() {
        assertThat(pdf.line(2, "— 2 —").leftMm()).isCloseTo(28 + 14 / RenderedPdf.MM, within(1.0));
        assertThat(pdf.line(3, "— 3 —").rightMm()).isCloseTo(184 - 14 / RenderedPdf.MM, within(1.0));
        assertThat(pdf.has(4, "— 4 —")).isTrue();
    }
}
