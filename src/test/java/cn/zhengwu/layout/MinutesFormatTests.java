package cn.zhengwu.layout;

import static cn.zhengwu.layout.RenderedPdf.CHAR_MM;
import static cn.zhengwu.layout.RenderedPdf.LINE_MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 纪要格式 (GB/T 9704-2012 10.3), measured on the PDF in millimetres from the page's top-left corner. */
class MinutesFormatTests {

    static RenderedPdf pdf;

    static IssuedDocument minutes(byte[] seal) {
        DocumentFormat.Minutes format = new DocumentFormat.Minutes(
            List.of("龚正", "吴清", "华源", "张小宏", "彭沉雷", "刘多", "舒庆", "陈杰", "王为人", "解冬", "李政", "顾军"),
            List.of("陈通（出差）"), List.of("市发展改革委顾军", "市财政局王华杰"));
        return new IssuedDocument(format, null, null, null, "上海市人民政府常务会议纪要", "〔2026〕5号", List.of(), "",
            null, List.of(Paragraph.text("2026年3月2日，龚正市长主持召开市政府第85次常务会议，研究政务服务标准化工作。"),
                Paragraph.text("会议原则同意《上海市政务服务标准化工作方案》，由市政府办公厅修改完善后印发。")),
            List.of(), "上海市人民政府办公厅", LocalDate.of(2026, 3, 3), null, List.of(), "上海市人民政府办公厅",
            LocalDate.of(2026, 3, 4), seal);
    }

    @BeforeAll
    static void render() throws Exception {
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(minutes(null)));
        pdf.writeTo("minutes.pdf");
    }

    @Test
    void theMarkIsRedWithItsTopEdge35mmBelowTheTypeArea() {
        List<Double> mark = RenderedPdf.redRowsInTypeArea(pdf.image(1), 37, 100);
        assertThat(mark.getFirst()).isBetween(37 + 35 - 0.5, 37 + 35 + 2.0);
        assertThat(pdf.line(1, "〔2026〕5号").centreMm()).isCloseTo(105, within(1.5));
    }

    @Test
    void presentInHeitiOneBlankLineBelowTheBodyTwoCharactersIn() {
        Line present = pdf.line(1, "出席：");
        assertThat(present.leftMm()).isCloseTo(28 + 2 * CHAR_MM, within(0.5));
        assertThat(present.positions().getFirst().getFont().getName()).contains("WenQuanYi");
        TextPosition firstName = present.positions().get(3);
        assertThat(firstName.getFont().getName()).as("names in 仿宋").contains("UMing");
        Line body = pdf.line(1, "府办公厅修改完善后印发");
        assertThat(present.baselineMm() - body.baselineMm()).isCloseTo(2 * LINE_MM, within(0.1));
        Line wrapped = pdf.next(1, present);
        assertThat(wrapped.leftMm()).as("wrapped names align after the colon")
            .isCloseTo(firstName.getXDirAdj() / RenderedPdf.MM, within(0.3));
    }

    @Test
    void onLeaveAndAttendingFollowOnNewLinesTheSameWay() {
        Line onLeave = pdf.line(1, "请假：");
        Line attending = pdf.line(1, "列席：");
        assertThat(onLeave.leftMm()).isCloseTo(28 + 2 * CHAR_MM, within(0.5));
        assertThat(attending.baselineMm() - onLeave.baselineMm()).isCloseTo(LINE_MM, within(0.1));
        assertThat(attending.positions().getFirst().getFont().getName()).contains("WenQuanYi");
        assertThat(pdf.line(1, "列席：").text()).contains("市发展改革委顾军，市财政局王华杰");
    }

    @Test
    void aListIsBrokenBetweenNamesAndOnlyANameLongerThanALineInsideIt() {
        String tooLong = "上海市人民政府发展研究中心城市更新研究室主任研究员陆海明（出差）";
        IssuedDocument base = minutes(null);
        IssuedDocument listed = new IssuedDocument(new DocumentFormat.Minutes(List.of("龚正", "市住房城乡建设管理委孙立平",
            "市发展改革委吴文彬", "市规划资源局钱建国", "黄浦区政府陆海明"), List.of(tooLong), List.of()), null, null, null,
            base.issuerMark(), base.documentNumber(), List.of(), base.title(), null, base.body(), List.of(),
            base.issuerSignature(), base.writtenOn(), null, List.of(), base.printingOrgan(), base.printedOn(), null);
        RenderedPdf rendered = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(listed));

        Line first = rendered.line(1, "出席：");
        Line second = rendered.next(1, first);
        Line third = rendered.next(1, second);
        assertThat(List.of(first.text(), second.text(), third.text())).containsExactly(
            "出席：龚正，市住房城乡建设管理委孙立平，", "市发展改革委吴文彬，市规划资源局钱建国，", "黄浦区政府陆海明");
        assertThat(List.of(second.leftMm(), third.leftMm())).as("under the first name")
            .allSatisfy(left -> assertThat(left).isCloseTo(first.positions().get(3).getXDirAdj() / RenderedPdf.MM,
                within(0.3)));
        Line onLeave = rendered.line(1, "请假：");
        assertThat(onLeave.rightMm()).as("within the 版心").isLessThan(28 + 156 + 0.5);
        assertThat(onLeave.text() + rendered.next(1, onLeave).text()).isEqualTo("请假：" + tooLong);
    }

    @Test
    void aLongTitleIsBrokenIntoEvenLinesNotLeavingACharacterAlone() throws Exception {
        String title = "上海市人民政府推进城市更新工作专题会议纪要";
        IssuedDocument titled = minutes(null);
        titled = new IssuedDocument(titled.format(), null, null, null, titled.issuerMark(), titled.documentNumber(),
            List.of(), title, null, titled.body(), List.of(), titled.issuerSignature(), titled.writtenOn(), null,
            List.of(), titled.printingOrgan(), titled.printedOn(), null);
        RenderedPdf rendered = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(titled));
        Line first = rendered.line(1, "上海市人民政府推进");
        Line second = rendered.next(1, first);
        assertThat(first.text() + second.text()).isEqualTo(title);
        assertThat(Math.abs(first.text().length() - second.text().length())).as("even lines").isLessThanOrEqualTo(1);
    }

    @Test
    void minutesAreNeitherSignedNorSealed() {
        assertThat(pdf.page(1)).noneMatch(line -> line.text().startsWith("2026年3月3日"));
        assertThatIllegalArgumentException().isThrownBy(() -> minutes(DocumentLayoutTests.seal()));
    }
}
