package cn.zhengwu.documents;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.search.IndexRebuild;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * 重建索引: a node whose index lacks the database's documents rebuilds it by itself at start, and the system
 * administrator — nobody else — can ask for a rebuild; searching finds the documents again afterwards.
 */
@IntegrationTest
class SearchIndexMaintenanceTests {

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    IndexRebuild index;

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentSearch search;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    JdbcTemplate jdbc;

    DocumentFixtures city;

    @BeforeEach
    void setUp(@Autowired OrganizationManagement organization) {
        city = new DocumentFixtures(users, organization);
    }

    @Test
    void anEmptiedIndexIsRebuiltAtStart(@Autowired EntityManagerFactory entityManagers) throws Exception {
        DocumentId id = draft("上海市人民政府办公厅关于做好桂花节活动保障的通知");
        Search.mapping(entityManagers).scope(Document.class).workspace().purge();
        assertThat(found("桂花节")).isEmpty();
        assertThat(index.needed()).isTrue();

        maintenance.rebuildIfIncomplete();

        awaitRebuilt();
        assertThat(found("桂花节")).containsExactly(id);
        assertThat(index.needed()).isFalse();
    }

    @Test
    void onlyTheSystemAdministratorRebuildsTheIndex() {
        DocumentId id = draft("上海市人民政府办公厅关于做好菊花展活动保障的通知");
        assertThat(mvc.post().uri("/api/v1/admin/search/reindex").with(user(users.loadUserByUsername("clerk"))))
            .hasStatus(403);

        assertThat(mvc.post().uri("/api/v1/admin/search/reindex").with(user(users.loadUserByUsername("admin"))))
            .hasStatus(202);

        awaitRebuilt();
        assertThat(mvc.get().uri("/api/v1/admin/search").with(user(users.loadUserByUsername("admin"))))
            .hasStatusOk().bodyJson().extractingPath("$.phase").isEqualTo("REBUILT");
        assertThat(found("菊花展")).containsExactly(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'search-index-rebuild'",
            Long.class)).as("rebuilt under the lock").isOne();
    }

    private void awaitRebuilt() {
        await().atMost(Duration.ofSeconds(30))
            .until(() -> index.state().phase() == SearchIndexState.Phase.REBUILT && !index.needed());
    }

    private DocumentId draft(String title) {
        return as(city.clerk, () -> drafting.start(city.notice(title, null))).id();
    }

    private List<DocumentId> found(String words) {
        return as(city.clerk, () -> search.search(DocumentQuery.words(words), 0)).documents().stream()
            .map(DocumentSummary::id).toList();
    }
}
