package cn.zhengwu.requests.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.incoming.IncomingDocument.Facts;
import org.junit.jupiter.api.Test;

class DuplicateRuleTests {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 3, 2);

    @Test
    void theSameOrganAndNumberIsTheSameDocumentWhateverTheTitle() {
        assertThat(DuplicateRule.sameDocument(facts("上海市黄浦区人民政府", "黄府〔2026〕12号", "关于外滩改造的请示", WRITTEN),
            facts("上海市黄浦区人民政府", "黄府〔2026〕12号", "关于外滩地区改造的请示", WRITTEN.plusDays(1)))).isTrue();
    }

    @Test
    void withoutANumberTheSameOrganTitleAndDateIsTheSameDocumentThoughSpacedDifferently() {
        assertThat(DuplicateRule.sameDocument(facts("上海市 黄浦区人民政府", null, "关于外滩改造的请示", WRITTEN),
            facts("上海市黄浦区人民政府", "黄府〔2026〕12号", "关于外滩改造的请示。", WRITTEN))).isTrue();
    }

    @Test
    void anotherDateOrAnotherOrganIsAnotherDocument() {
        Facts earlier = facts("上海市黄浦区人民政府", null, "关于外滩改造的请示", WRITTEN);
        assertThat(DuplicateRule.sameDocument(facts("上海市黄浦区人民政府", null, "关于外滩改造的请示", WRITTEN.plusDays(1)),
            earlier)).isFalse();
        assertThat(DuplicateRule.sameDocument(facts("上海市静安区人民政府", null, "关于外滩改造的请示", WRITTEN), earlier))
            .isFalse();
        assertThat(DuplicateRule.sameDocument(facts("上海市黄浦区人民政府", "黄府〔2026〕13号", "另一件请示", WRITTEN),
            facts("上海市黄浦区人民政府", "黄府〔2026〕12号", "关于外滩改造的请示", WRITTEN))).isFalse();
    }

    private static Facts facts(String organ, String number, String title, LocalDate written) {
        return new Facts(organ, number, title, DocumentType.REQUEST, SecurityClassification.PUBLIC, Urgency.NORMAL,
            written, written, 1);
    }
}
