package cn.zhengwu.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFormatTests {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndLinesEndInCrLf() {
        assertThat(CsvFormat.line(List.of("1", "李明", "办公厅秘书处 · 处长")))
            .isEqualTo("1,李明,办公厅秘书处 · 处长\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvFormat.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.field("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(CsvFormat.field("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreDefused() {
        assertThat(CsvFormat.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(CsvFormat.field("+86")).isEqualTo("'+86");
        assertThat(CsvFormat.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFormat.field("-1")).isEqualTo("'-1");
    }

    @Test
    void emptyFieldsStayEmpty() {
        assertThat(CsvFormat.line(List.of("", "x"))).isEqualTo(",x\r\n");
    }
}
