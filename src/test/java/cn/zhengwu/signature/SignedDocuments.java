package cn.zhengwu.signature;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.DocumentLayout;
import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.IssuedDocument.Level;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.pdf.FontFiles;
import cn.zhengwu.signature.key.DemoKeystore;
import cn.zhengwu.signature.key.OfficeKey;
import cn.zhengwu.signature.seal.ScannedSeals;
import cn.zhengwu.signature.seal.SealDrawing;
import org.jspecify.annotations.Nullable;

/** Real issued documents, laid out by the layout module and sealed, for the signature tests. */
public final class SignedDocuments {

    /** 2026-01-06 10:30 in Shanghai, on the second: PDF dates have no finer precision. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-06T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private SignedDocuments() {
    }

    /** A 通知 of the General Office with its drawn seal, about {@code pages} pages long. */
    public static byte[] issued(int pages) {
        byte[] seal = new OfficialSeals(new ScannedSeals(null), new SealDrawing(null))
            .sealOf("上海市人民政府办公厅", "沪府办");
        return new DocumentLayout(FontFiles.debianFallbacks()).render(notice(pages, seal));
    }

    static IssuedDocument notice(int pages, byte @Nullable [] seal) {
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.text("为进一步做好政务服务工作，经市政府同意，现就有关事项通知如下。"));
        // About five paragraphs of four lines fill a page of 22 lines.
        for (int i = 1; i < pages * 5; i++) {
            body.add(new Paragraph(Level.THIRD, i + ".各区、各部门要对照国家政务服务事项基本目录，逐项梳理本区、本部门的事项清单，"
                + "明确受理条件、申请材料、办理时限和收费标准，并于2026年3月31日前向社会公布，接受社会监督。"));
        }
        return new IssuedDocument(null, null, null, "上海市人民政府办公厅文件", "沪府办发〔2026〕1号", List.of(),
            "上海市人民政府办公厅关于做好政务服务工作的通知", "各区人民政府，市政府各委、办、局：", body, List.of(),
            "上海市人民政府办公厅", LocalDate.of(2026, 1, 5), null, List.of("市委办公厅"), "上海市人民政府办公厅",
            LocalDate.of(2026, 1, 6), seal);
    }

    /** A demo key made at {@link #CLOCK}'s time, kept in {@code directory}. */
    public static OfficeKey key(Path directory) {
        return new DemoKeystore(directory, CLOCK).obtain();
    }
}
