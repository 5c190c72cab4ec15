package cn.zhengwu.documents;

import static cn.zhengwu.documents.DocumentFixtures.approve;
import static cn.zhengwu.documents.DocumentFixtures.step;
import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoItemSummary;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.todo.TodoTab;
import java.time.Duration;
import cn.zhengwu.signature.SignatureVerification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A 通知 of the General Office from draft to receipt: versions and their trace, review, countersign by two units,
 * sign-off with its rules and number, the clerks' steps, issue, and the recipients signing for their copies.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentLifecycleTests {

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentProcessing processing;

    @Autowired
    DocumentDistribution distribution;

    @Autowired
    DocumentOutput output;

    @Autowired
    DocumentSignatures signatures;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TodoManagement todo;

    @Autowired
    Clock clock;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void draftedReviewedCountersignedSignedIssuedAndReceived() {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.notice(
            "上海市人民政府办公厅关于做好2027年元旦春节期间有关工作的通知", null)));
        DocumentId id = draft.id();
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.issuerMark()).isEqualTo("上海市人民政府办公厅文件");
        assertThat(draft.codeWord()).isEqualTo("沪府办发");
        assertThat(draft.mainRecipientLine()).isEqualTo("黄浦区政府、市发展改革委：");
        assertThat(draft.printingOrgan()).isEqualTo("上海市人民政府办公厅");
        assertThat(as(city.clerk, () -> drafting.review(id))).noneMatch(f -> f.severity() == Severity.MUST);

        String changed = DocumentFixtures.BODY.replace("周密部署", "周密部署，确保安全");
        as(city.clerk, () -> drafting.save(id, withBody(city.notice(draft.title(), null), changed)));
        assertThat(as(city.clerk, () -> drafting.versions(id))).extracting(BodyVersionView::number)
            .containsExactly(2, 1);
        List<BodyChange> trace = as(city.clerk, () -> drafting.compare(id, 1, 2));
        assertThat(trace).filteredOn(change -> change.kind() == BodyChange.Kind.ADDED)
            .flatExtracting(BodyChange::lines).containsExactly("各单位要高度重视，周密部署，确保安全。");
        assertThat(trace).filteredOn(change -> change.kind() == BodyChange.Kind.REMOVED)
            .flatExtracting(BodyChange::lines).containsExactly("各单位要高度重视，周密部署。");

        as(city.clerk, () -> processing.submit(id, city.routing()));
        assertThatThrownBy(() -> as(city.clerk, () -> processing.submit(id, city.routing())))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.submit.twice");
        approve(processing, city.secretary, id, "同意");
        approve(processing, city.clerk, id, "已核");
        approve(processing, city.fgw, id, "会签同意");
        approve(processing, city.pudong, id, "无意见");

        // 公开属性 and 保密审查 are required before sign-off; the signer may complete them.
        assertThatThrownBy(() -> approve(processing, city.secgen, id, "同意"))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.signoff.disclosure-required");
        assertThat(as(city.secgen, () -> drafting.document(id)).issuingNumber()).isNull();
        as(city.secgen, () -> drafting.save(id, withBody(city.notice(draft.title(), Disclosure.PROACTIVE), changed)));
        approve(processing, city.secgen, id, "");

        DocumentView signed = as(city.secgen, () -> drafting.document(id));
        int year = LocalDate.now(clock).getYear();
        assertThat(signed.status()).isEqualTo(DocumentStatus.SIGNED);
        assertThat(signed.issuingNumber()).matches("沪府办发〔" + year + "〕\\d+号");
        assertThat(signed.signerName()).isEqualTo("周建平");
        assertThat(signed.signoffOpinion()).isEmpty();
        assertThat(signed.writtenOn()).isEqualTo(LocalDate.now(clock));

        for (int i = 0; i < 4; i++) {
            approve(processing, city.clerk, id, "");
        }
        approve(processing, city.clerk, id, "核发");
        DocumentView issued = as(city.clerk, () -> drafting.document(id));
        assertThat(issued.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.recipients()).allMatch(RecipientView::awaitsReceipt);
        byte[] pdf = as(city.clerk, () -> output.issuedPdf(id)).bytes();
        assertThat(signatures.verify(pdf).outcome()).isEqualTo(SignatureVerification.Outcome.INTACT);
        assertThat(as(city.clerk, () -> output.processingSheet(id)).bytes()).startsWith("%PDF".getBytes());
        assertThat(as(city.clerk, () -> output.docx(id)).bytes()).startsWith("PK".getBytes());
        assertThat(events.stream(DocumentIssued.class).filter(event -> event.document().equals(id)))
            .singleElement().satisfies(event -> assertThat(event.documentNumber()).isEqualTo(signed.issuingNumber()));
        assertThat(as(city.clerk, () -> processing.history(id))).extracting(step -> step.step())
            .containsExactly("draft", "review", "verify", "countersign", "countersign", "signoff", "recheck",
                "register", "print", "seal", "dispatch");

        // The district's office signs for the copy sent to the district government.
        assertThat(as(city.huangpu, distribution::awaitingReceipt)).extracting(DocumentSummary::id).contains(id);
        as(city.huangpu, () -> distribution.receive(id));
        assertThat(events.stream(DistributedDocumentReceived.class).filter(event -> event.document().equals(id)))
            .singleElement().satisfies(event -> {
                assertThat(event.recipient()).isEqualTo(city.huangpuDistrict);
                assertThat(event.mainRecipient()).isTrue();
                assertThat(event.documentNumber()).isEqualTo(signed.issuingNumber());
            });
        assertThatThrownBy(() -> as(city.huangpu, () -> distribution.receive(id)))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.receipt.not-waiting");
        assertThat(as(city.huangpu, distribution::awaitingReceipt)).extracting(DocumentSummary::id)
            .doesNotContain(id);

        // The sender recalls the copy nobody signed for yet; then it can no longer be signed for.
        as(city.clerk, () -> distribution.recall(id, city.development));
        assertThatThrownBy(() -> as(city.fgw, () -> distribution.receive(id)))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.receipt.not-waiting");
        assertThatThrownBy(() -> as(city.clerk, () -> drafting.save(id, city.notice(draft.title(), null))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.document.issued-frozen");
    }

    @Test
    void aSubstantiveChangeAfterSignOffGoesBackToTheSignerAndKeepsTheNumber() {
        DocumentId id = signedNotice("上海市人民政府办公厅关于开展安全生产大检查的通知");
        String number = as(city.clerk, () -> drafting.document(id)).issuingNumber();
        DocumentView signed = as(city.clerk, () -> drafting.document(id));

        as(city.clerk, () -> drafting.save(id, withBody(city.notice(signed.title(), Disclosure.PROACTIVE),
            DocumentFixtures.BODY + "<p>各区要于12月底前报送检查情况。</p>")));
        assertThat(as(city.clerk, () -> drafting.document(id)).status()).isEqualTo(DocumentStatus.IN_APPROVAL);
        assertThat(step(processing, city.secgen, id).step()).isEqualTo("signoff");

        approve(processing, city.secgen, id, "同意");
        assertThat(as(city.clerk, () -> drafting.document(id)).issuingNumber()).isEqualTo(number);
    }

    @Test
    void nobodyOutsideTheDocumentReadsItAndTheDrafterAloneChangesADraft() {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.notice(
            "上海市人民政府办公厅关于加强冬季消防安全工作的通知", null)));
        assertThatThrownBy(() -> as(city.huangpu, () -> drafting.document(draft.id())))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.document.unknown");
        assertThatThrownBy(() -> as(city.secretary, () -> drafting.save(draft.id(), city.notice(draft.title(), null))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.document.not-yours");
        assertThatThrownBy(() -> as(city.huangpu, () -> drafting.start(city.notice("关于某事的通知", null))))
            .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("documents.draft.not-for-unit");
    }

    @Test
    void scriptAndStylesNeverReachTheBody() {
        DraftContent dirty = withBody(city.notice("上海市人民政府办公厅关于规范公文处理的通知", null),
            "<p onclick=\"alert(1)\" style=\"color:red\">正文<script>alert(1)</script><a href=\"javascript:x\">链接</a></p>"
                + "<img src=x onerror=alert(1)>裸露文字");
        DocumentView saved = as(city.clerk, () -> drafting.start(dirty));
        assertThat(saved.bodyHtml()).isEqualTo("<p>正文链接</p><p>裸露文字</p>");
    }

    @Test
    void eachStepIsOnTheToDoListOfThePeopleItWaitsForUntilItIsHandled() {
        DocumentView draft = as(city.clerk, () -> drafting.start(city.notice(
            "上海市人民政府办公厅关于做好寒潮天气防范应对工作的通知", Disclosure.PROACTIVE)));
        as(city.clerk, () -> processing.submit(draft.id(), city.routing()));
        String link = "/documents/" + draft.id();
        await().atMost(Duration.ofSeconds(10)).until(() -> openLinks(city.secretary).contains(link));

        approve(processing, city.secretary, draft.id(), "同意");
        await().atMost(Duration.ofSeconds(10)).until(() -> !openLinks(city.secretary).contains(link)
            && openLinks(city.clerk).contains(link));
    }

    private List<String> openLinks(ZhengwuUser user) {
        return as(user, () -> todo.list(TodoFilter.of(TodoTab.TO_DO), 100)).items().stream()
            .map(TodoItemSummary::link).toList();
    }

    private DocumentId signedNotice(String title) {
        return city.signedOff(drafting, processing, city.notice(title, Disclosure.PROACTIVE));
    }

    private static DraftContent withBody(DraftContent content, String body) {
        return new DraftContent(content.type(), content.direction(), content.issuer(), content.title(),
            content.mainRecipients(), content.mainRecipientText(), content.copyRecipients(), content.classification(),
            content.secrecyTerm(), content.urgency(), body, content.attachmentNames(), content.note(),
            content.printingOrgan(), content.copies(), content.disclosure(), content.disclosureReason(),
            content.secrecyReview(), content.attendance());
    }
}
