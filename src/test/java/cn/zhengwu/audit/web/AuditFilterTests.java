package cn.zhengwu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.zhengwu.core.SecurityClassification;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

    @Test
    void theNextPageKeepsTheFiltersAndThePageSize() {
        AuditFilter filter = new AuditFilter("li.ming", null, "person", null, SecurityClassification.INTERNAL,
            LocalDate.of(2025, 3, 1), null, null, 900L, 20);

        assertThat(filter.pageLink(850))
            .isEqualTo("/audit?actor=li.ming&subjectType=person&atLeast=INTERNAL&from=2025-03-01&before=850&size=20");
    }

    @Test
    void theExportTakesTheWholeSearchWithoutPaging() {
        AuditFilter filter = new AuditFilter(null, "organization.unit.created", null, null, null, null, null, null,
            900L, 20);

        assertThat(filter.exportLink()).isEqualTo("/audit/entries.csv?action=organization.unit.created");
    }

    @Test
    void searchedTextSurvivesTheLinkEvenWithPlusSignsAndAmpersands() {
        AuditFilter filter = new AuditFilter(null, null, null, null, null, null, null, "a+b & 王", null, null);

        assertThat(filter.exportLink()).isEqualTo("/audit/entries.csv?text=a%2Bb%20%26%20%E7%8E%8B");
    }

    @Test
    void blankFiltersAreLeftOut() {
        assertThat(new AuditFilter(" ", "", null, null, null, null, null, null, null, null).exportLink())
            .isEqualTo("/audit/entries.csv");
    }
}
