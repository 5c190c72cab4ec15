package cn.zhengwu.documents;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.attachment.SampleFiles;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 公文检索: Chinese words found in titles, bodies and attachments; the filters; and nothing — not even a count —
 * of what the reader may not read.
 */
@IntegrationTest
class DocumentSearchTests {

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentAttachments attachments;

    @Autowired
    DocumentSearch search;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void chineseWordsAreFoundInTitleBodyAndAttachments() {
        DocumentId id = draft("上海市人民政府办公厅关于加强滨江绿道管护的通知",
            "<p>各区要落实海绵城市建设要求，做好雨水花园养护。</p>", SecurityClassification.PUBLIC);
        as(city.clerk, () -> attachments.attach(id, new NewAttachment("管护标准", "标准.docx",
            SampleFiles.docx("滨江绿道夜间照明与垃圾分类督查标准"))));

        assertThat(found(city.clerk, "滨江绿道")).containsExactly(id);
        assertThat(found(city.clerk, "海绵城市")).contains(id);
        assertThat(found(city.clerk, "雨水花园")).contains(id);
        assertThat(found(city.clerk, "夜间照明")).contains(id);
        assertThat(found(city.clerk, "管护标准")).contains(id);
    }

    @Test
    void filtersNarrowTheResults() {
        DocumentId id = draft("上海市人民政府办公厅关于做好古树名木普查的通知", "<p>开展古树名木普查。</p>",
            SecurityClassification.PUBLIC);
        assertThat(ids(city.clerk, new DocumentQuery("古树名木", DocumentType.NOTICE, city.office, null,
            DocumentStatus.DRAFT))).containsExactly(id);
        assertThat(ids(city.clerk, new DocumentQuery("古树名木", DocumentType.REQUEST, null, null, null))).isEmpty();
        assertThat(ids(city.clerk, new DocumentQuery("古树名木", null, city.development, null, null))).isEmpty();
        assertThat(ids(city.clerk, new DocumentQuery("古树名木", null, null, null, DocumentStatus.ISSUED))).isEmpty();
        // A draft has neither number nor 成文日期, so no year yet.
        assertThat(ids(city.clerk, new DocumentQuery("古树名木", null, null, 2026, null))).isEmpty();
        assertThat(ids(city.clerk, new DocumentQuery("", DocumentType.NOTICE, city.office, null, DocumentStatus.DRAFT)))
            .contains(id);
    }

    @Test
    void whatTheReaderMayNotReadIsNeitherListedNorCounted() {
        DocumentId secret = draft("上海市人民政府办公厅关于地下管廊防护等级的通知", "<p>地下管廊防护。</p>",
            SecurityClassification.SECRET);
        DocumentId open = draft("上海市人民政府办公厅关于口袋公园建设的通知", "<p>口袋公园。</p>",
            SecurityClassification.PUBLIC);

        assertThat(found(city.secretary, "地下管廊")).containsExactly(secret);
        var withoutClearance = as(city.clerk, () -> search.search(DocumentQuery.words("地下管廊"), 0));
        assertThat(withoutClearance.documents()).isEmpty();
        assertThat(withoutClearance.total()).isZero();

        assertThat(found(city.clerk, "口袋公园")).containsExactly(open);
        var outsideScope = as(city.huangpu, () -> search.search(DocumentQuery.words("口袋公园"), 0));
        assertThat(outsideScope.documents()).isEmpty();
        assertThat(outsideScope.total()).isZero();
    }

    @Test
    void similarDocumentsAreSuggestedWhileDrafting() {
        DocumentId earlier = draft("上海市人民政府办公厅关于做好夏季高温防暑降温工作的通知",
            "<p>做好夏季高温期间防暑降温工作，保障户外作业人员健康。</p>", SecurityClassification.PUBLIC);
        DocumentId unrelated = draft("上海市人民政府办公厅关于开展消防安全检查的通知", "<p>开展消防安全检查。</p>",
            SecurityClassification.PUBLIC);
        DocumentId now = draft("上海市人民政府办公厅关于进一步做好高温防暑降温工作的通知",
            "<p>进一步做好高温天气防暑降温，保障户外作业人员。</p>", SecurityClassification.PUBLIC);

        List<DocumentId> similar = as(city.clerk, () -> search.similar(now)).stream().map(DocumentSummary::id)
            .toList();
        assertThat(similar).contains(earlier).doesNotContain(now, unrelated);
        assertThatThrownBy(() -> as(city.huangpu, () -> search.similar(earlier)))
            .hasMessageStartingWith("documents.document.unknown");
    }

    private DocumentId draft(String title, String body, SecurityClassification marking) {
        DraftContent notice = city.notice(title, null);
        var author = marking == SecurityClassification.PUBLIC ? city.clerk : city.secretary;
        DraftContent content = new DraftContent(notice.type(), notice.direction(), notice.issuer(), title,
            notice.mainRecipients(), null, notice.copyRecipients(), marking,
            marking == SecurityClassification.SECRET ? "1年" : null, notice.urgency(), body, List.of(), null, null,
            notice.copies(), null, null, null, Attendance.none());
        return as(author, () -> drafting.start(content)).id();
    }

    private List<DocumentId> found(cn.zhengwu.identity.security.ZhengwuUser user, String words) {
        return ids(user, DocumentQuery.words(words));
    }

    private List<DocumentId> ids(cn.zhengwu.identity.security.ZhengwuUser user, DocumentQuery query) {
        return as(user, () -> search.search(query, 0)).documents().stream().map(DocumentSummary::id).toList();
    }
}
