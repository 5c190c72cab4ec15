package cn.zhengwu.documents;

import static cn.zhengwu.documents.DocumentFixtures.approve;
import static cn.zhengwu.layout.RenderedPdf.CHAR_MM;
import static cn.zhengwu.layout.RenderedPdf.LINE_MM;
import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.layout.RenderedPdf;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.organization.OrganizationManagement;
import jakarta.validation.ConstraintViolationException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 纪要: its 出席, 请假 and 列席 as drafted and kept, printed one blank line below the body and two characters in
 * (GB/T 9704-2012 10.3, measured on the PDF in millimetres), part of what the signer signed, and refused where they
 * do not belong.
 */
@IntegrationTest
class MinutesAttendanceTests {

    static final Attendance MEETING = new Attendance(List.of("周建平", "何立新", "市应急局赵刚"),
        List.of("徐海鹰（出差）"), List.of("市发展改革委吴文彬", "市政府办公厅李卫东"));

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentProcessing processing;

    @Autowired
    DocumentOutput output;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void aMinutesKeepsItsAttendanceAndPrintsItBelowTheBody() {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.minutes(
            "上海市人民政府办公厅冬季安全生产专题会议纪要", MEETING)));
        assertThat(as(city.clerk, () -> drafting.document(draft.id())).attendance()).isEqualTo(MEETING);

        RenderedPdf pdf = RenderedPdf.of(as(city.clerk, () -> output.preview(draft.id())).bytes());
        Line present = pdf.line(1, "出席：");
        Line body = pdf.previous(1, present);
        assertThat(body.text()).endsWith("完成重点场所隐患排查。");
        assertThat(present.baselineMm() - body.baselineMm()).as("one blank line below the body")
            .isCloseTo(2 * LINE_MM, within(0.1));
        assertThat(present.leftMm()).as("two characters in").isCloseTo(28 + 2 * CHAR_MM, within(0.5));
        assertThat(present.text()).isEqualTo("出席：周建平，何立新，市应急局赵刚");
        Line onLeave = pdf.next(1, present);
        Line attending = pdf.next(1, onLeave);
        assertThat(onLeave.text()).isEqualTo("请假：徐海鹰（出差）");
        assertThat(attending.text()).isEqualTo("列席：市发展改革委吴文彬，市政府办公厅李卫东");
        assertThat(List.of(onLeave.baselineMm() - present.baselineMm(), attending.baselineMm() - onLeave.baselineMm()))
            .as("each on the next line").allSatisfy(gap -> assertThat(gap).isCloseTo(LINE_MM, within(0.1)));
        assertThat(attending.leftMm()).isCloseTo(present.leftMm(), within(0.1));
    }

    @Test
    void aChangedAttendanceAfterSignOffGoesBackToTheSignerAndTheIssuedMinutesShowsIt() {
        DocumentId id = city.signedOff(drafting, processing, city.minutes(
            "上海市人民政府办公厅消防工作会议纪要", MEETING));
        Attendance corrected = new Attendance(MEETING.present(), List.of(),
            List.of("市发展改革委吴文彬", "市政府办公厅李卫东", "黄浦区政府陆海明"));

        as(city.clerk, () -> drafting.save(id, city.minutes("上海市人民政府办公厅消防工作会议纪要", corrected)));
        assertThat(as(city.clerk, () -> drafting.document(id)).status()).isEqualTo(DocumentStatus.IN_APPROVAL);
        approve(processing, city.secgen, id, "同意");
        for (int step = 0; step < 5; step++) {
            approve(processing, city.clerk, id, "");
        }

        assertThat(as(city.clerk, () -> drafting.document(id)).status()).isEqualTo(DocumentStatus.ISSUED);
        RenderedPdf issued = RenderedPdf.of(as(city.clerk, () -> output.issuedPdf(id)).bytes());
        Line attending = issued.line(1, "列席：");
        assertThat(attending.text() + issued.next(1, attending).text()).endsWith("，黄浦区政府陆海明");
        assertThat(issued.has(1, "请假：")).isFalse();
    }

    @Test
    void onlyAMinutesListsAttendanceAndBadNamesChangeNothing() {
        String title = "上海市人民政府办公厅防汛防台工作专题会议纪要";
        assertThatThrownBy(() -> as(city.clerk, () -> drafting.start(city.content(DocumentType.NOTICE,
            "上海市人民政府办公厅关于做好防汛防台工作的通知", DocumentFixtures.BODY, null, MEETING))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("documents.attendance.notMinutes");
        DocumentId id = as(city.clerk, () -> drafting.start(city.minutes(title, MEETING))).id();

        assertThatThrownBy(() -> as(city.clerk, () -> drafting.save(id, city.content(DocumentType.NOTICE,
            "上海市人民政府办公厅关于做好防汛防台工作的通知", DocumentFixtures.BODY, null, MEETING))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageStartingWith("documents.attendance.notMinutes");
        assertRefused(id, title, new Attendance(List.of("周建平", " "), List.of(), List.of()));
        assertRefused(id, title, new Attendance(List.of(), List.of("市".repeat(Attendance.LONGEST + 1)), List.of()));
        assertRefused(id, title,
            new Attendance(List.of(), List.of(), Collections.nCopies(Attendance.MOST + 1, "市政府办公厅李卫东")));

        DocumentView unchanged = as(city.clerk, () -> drafting.document(id));
        assertThat(unchanged.type()).isEqualTo(DocumentType.MINUTES);
        assertThat(unchanged.attendance()).isEqualTo(MEETING);
        assertThat(unchanged.bodyVersion()).isEqualTo(1);
    }

    private void assertRefused(DocumentId id, String title, Attendance attendance) {
        assertThatThrownBy(() -> as(city.clerk, () -> drafting.save(id, city.minutes(title, attendance))))
            .isInstanceOf(ConstraintViolationException.class);
    }
}
