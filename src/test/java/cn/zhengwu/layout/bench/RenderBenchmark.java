package cn.zhengwu.layout.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.zhengwu.layout.DocumentFormat;
import cn.zhengwu.layout.DocumentLayout;
import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.IssuedDocument.Attachment;
import cn.zhengwu.layout.IssuedDocument.Level;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rendering a 公文 of 10 pages (target: 1 s or less) in the 通用格式 with an attachment, as PDF and as DOCX, on the
 * Debian fonts. Run by {@link #main}; the command and the results are in {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    DocumentLayout layout;
    IssuedDocument document;

    @Setup
    public void prepare() throws IOException {
        layout = new DocumentLayout(FontFiles.debianFallbacks());
        document = tenPages();
        try (PDDocument pdf = Loader.loadPDF(layout.render(document))) {
            if (pdf.getNumberOfPages() != 10) {
                throw new IllegalStateException("the document has " + pdf.getNumberOfPages() + " pages, not 10");
            }
        }
    }

    @Benchmark
    public byte[] pdf() {
        return layout.render(document);
    }

    @Benchmark
    public byte[] docx() {
        return layout.renderDocx(document);
    }

    static IssuedDocument tenPages() {
        List<Paragraph> body = new ArrayList<>();
        for (int section = 1; section <= 6; section++) {
            body.add(new Paragraph(Level.FIRST, "第" + section + "部分　工作要求"));
            for (int i = 0; i < 6; i++) {
                body.add(Paragraph.text("各区、各部门要对照国家政务服务事项基本目录，逐项梳理本区、本部门的事项清单，明确受理条件、申请材料、"
                    + "办理时限和收费标准，并于2026年3月31日前向社会公布，接受社会监督。"));
            }
        }
        List<Paragraph> catalogue = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            catalogue.add(Paragraph.text(i + ".企业开办一件事：营业执照、印章刻制、发票申领、社保登记和住房公积金缴存登记一次办结。"));
        }
        return new IssuedDocument(DocumentFormat.general(), "000001", "秘密★1年", "特急", "上海市人民政府文件",
            "沪府发〔2026〕1号", List.of(), "上海市人民政府关于进一步优化政务服务提升行政效能的通知", "各区人民政府，市政府各委、办、局：",
            body, List.of(new Attachment("“一件事”办理清单", catalogue)), "上海市人民政府", LocalDate.of(2026, 1, 5),
            "此件公开发布", List.of("市委各部门", "市人大常委会办公厅", "市政协办公厅"), "上海市人民政府办公厅",
            LocalDate.of(2026, 1, 6), null);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RenderBenchmark.class.getName()).build()).run();
    }
}
