package cn.zhengwu.documents;

import static cn.zhengwu.documents.DocumentFixtures.approve;
import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 公文模板: the seeded Shanghai forms shape drafts, administrators keep templates (audited, bad input refused), and a
 * district's document goes through the unit model its template names.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentTemplatesTests {

    @Autowired
    DocumentTemplates templates;

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentProcessing processing;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void theCityGovernmentsLetterAndOrderTakeTheirSeededForms() {
        DocumentView letter = as(city.clerk, () -> drafting.start(draft(DocumentType.LETTER, Direction.PARALLEL,
            city.government, "上海市人民政府关于商请支持某某工作的函")));
        assertThat(letter.issuerMark()).isEqualTo("上海市人民政府");
        assertThat(letter.codeWord()).isEqualTo("沪府函");

        DocumentView order = as(city.clerk, () -> drafting.start(draft(DocumentType.ORDER, Direction.DOWNWARD,
            city.government, "上海市人民政府令")));
        assertThat(order.issuerMark()).isEqualTo("上海市人民政府令");
        assertThat(order.codeWord()).isEqualTo("上海市人民政府令");

        assertThat(as(city.clerk, () -> templates.inForce(DocumentType.NOTICE, city.office))).get()
            .satisfies(template -> {
                assertThat(template.codeWord()).isEqualTo("沪府办发");
                assertThat(template.bodyHtml()).contains("经市政府同意");
            });
    }

    @Test
    void anAdministratorCreatesChangesAndRetiresATemplateAndEachChangeIsAudited() {
        TemplateDetails circular = details(DocumentType.CIRCULAR, city.development, "沪发改通");
        DocumentTemplateView created = as(city.admin, () -> templates.create(circular));
        assertThat(created.issuerName()).isEqualTo("上海市发展和改革委员会");

        // The 市发展改革委 has no code word of its own: its template gives one.
        DocumentView drafted = as(city.fgw, () -> drafting.start(draft(DocumentType.CIRCULAR, Direction.DOWNWARD,
            city.development, "上海市发展和改革委员会关于某某情况的通报")));
        assertThat(drafted.codeWord()).isEqualTo("沪发改通");
        assertThat(drafted.issuerMark()).isEqualTo("上海市发展和改革委员会文件");

        as(city.admin, () -> templates.change(created.id(), details(DocumentType.CIRCULAR, city.development, "沪发改")));
        assertThat(as(city.admin, () -> templates.template(created.id())).codeWord()).isEqualTo("沪发改");
        as(city.admin, () -> templates.retire(created.id()));
        assertThat(as(city.fgw, () -> templates.inForce(DocumentType.CIRCULAR, city.development))).isEmpty();
        assertThatThrownBy(() -> as(city.fgw, () -> drafting.start(draft(DocumentType.CIRCULAR, Direction.DOWNWARD,
            city.development, "上海市发展和改革委员会关于另一情况的通报"))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.number.no-code-word");

        assertThat(events.stream(DocumentTemplateChanged.class).filter(event -> event.template().equals(created.id())))
            .extracting(DocumentTemplateChanged::action)
            .containsExactly("documents.template.created", "documents.template.changed", "documents.template.retired");
    }

    @Test
    void badTemplatesAreRefusedAndChangeNothing() {
        int before = as(city.admin, templates::all).size();
        assertRefused(details(DocumentType.REPORT, new UnitId(java.util.UUID.randomUUID()), "沪发改报"),
            "documents.template.unit-unknown");
        assertRefused(details(DocumentType.REPORT, city.development, "HFG"), "documents.number.code-word");
        assertRefused(new TemplateDetails(DocumentType.REPORT, city.development, "上海市发展和改革委员会文件", "沪发改报",
            LayoutFormat.GENERAL, null, "requests-instruction", ""), "documents.template.process-unknown");
        assertRefused(new TemplateDetails(DocumentType.REPORT, city.development, "上海市发展和改革委员会文件", "沪发改报",
            LayoutFormat.GENERAL, null, "no-such-model", ""), "documents.template.process-unknown");
        assertRefused(details(DocumentType.NOTICE, city.office, "沪府办发"), "documents.template.exists");
        assertThat(as(city.admin, templates::all)).hasSize(before);

        assertThatThrownBy(() -> as(city.clerk, () -> templates.create(details(DocumentType.REPORT, city.development,
            "沪发改报")))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aDistrictsNoticeGoesThroughTheUnitModelItsTemplateNames() {
        DocumentView draft = as(city.pudong, () -> drafting.start(new DraftContent(DocumentType.NOTICE,
            Direction.DOWNWARD, city.pudongDistrict, "上海市浦东新区人民政府关于做好防汛防台工作的通知",
            List.of(city.development), null, List.of(), SecurityClassification.PUBLIC, null, Urgency.NORMAL,
            DocumentFixtures.BODY, List.of(), null, null, 10, Disclosure.PROACTIVE, null, "经审查，不涉及国家秘密",
            Attendance.none())));
        assertThat(draft.issuerMark()).isEqualTo("上海市浦东新区人民政府文件");
        assertThat(draft.codeWord()).isEqualTo("浦府发");

        // No 办公厅核稿 in the unit model: nobody is named for it.
        as(city.pudong, () -> processing.submit(draft.id(), new Routing(List.of(id(city.pudong)), List.of(),
            List.of(id(city.fgw)), false, List.of(id(city.pudong)), List.of(id(city.pudong)))));
        approve(processing, city.pudong, draft.id(), "同意");
        approve(processing, city.fgw, draft.id(), "会签同意");
        approve(processing, city.pudong, draft.id(), "签发");
        approve(processing, city.pudong, draft.id(), "");
        approve(processing, city.pudong, draft.id(), "核发");

        DocumentView issued = as(city.pudong, () -> drafting.document(draft.id()));
        assertThat(issued.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.issuingNumber()).matches("浦府发〔" + LocalDate.now(clock).getYear() + "〕\\d+号");
        assertThat(as(city.pudong, () -> processing.history(draft.id()))).extracting(step -> step.step())
            .containsExactly("draft", "review", "countersign", "signoff", "register", "dispatch");
    }

    private void assertRefused(TemplateDetails details, String key) {
        assertThatThrownBy(() -> as(city.admin, () -> templates.create(details)))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining(key);
    }

    private static TemplateDetails details(DocumentType type, UnitId issuer, String codeWord) {
        return new TemplateDetails(type, issuer, "上海市发展和改革委员会文件", codeWord, LayoutFormat.GENERAL, null,
            "documents-issue-unit", "<p>起始正文</p>");
    }

    private static DraftContent draft(DocumentType type, Direction direction, UnitId issuer, String title) {
        return new DraftContent(type, direction, issuer, title, List.of(), "各区人民政府", List.of(),
            SecurityClassification.PUBLIC, null, Urgency.NORMAL, "<p>正文</p>", List.of(), null, null, 1, null, null,
            null, Attendance.none());
    }
}
