package cn.zhengwu.documents;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zhengwu.documents.search.IndexRebuild;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outbox-polling coordination (several nodes, ADR 0011) on the tables of {@code V12__search_outbox.sql}: Hibernate
 * validates them at start, and a drafted document reaches the index through the outbox and this node's agent. The
 * embedded Lucene backend stands in for the Elasticsearch/OpenSearch cluster, which cannot run here.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
    // Outbox polling always indexes asynchronously: the tests' read-sync does not apply (empty means unset).
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=" })
class OutboxPollingTests {

    @Test
    void aDraftReachesTheIndexThroughTheOutbox(@Autowired DocumentDrafting drafting, @Autowired DocumentSearch search,
            @Autowired IndexRebuild index, @Autowired JdbcTemplate jdbc, @Autowired ZhengwuUsers users,
            @Autowired OrganizationManagement organization) {
        // This context's index starts empty while the shared database holds other tests' documents: let the
        // rebuild at start end (and free its lock) first.
        await().atMost(Duration.ofSeconds(30))
            .until(() -> index.state().phase() != SearchIndexState.Phase.REBUILDING && !index.needed());
        DocumentFixtures city = new DocumentFixtures(users, organization);
        DocumentId id = as(city.clerk,
            () -> drafting.start(city.notice("上海市人民政府办公厅关于做好樱花节游园保障的通知", null))).id();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
            as(city.clerk, () -> search.search(DocumentQuery.words("樱花节"), 0)).documents())
            .extracting(DocumentSummary::id).containsExactly(id));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hsearch_agent", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hsearch_outbox_event", Long.class)).isZero();
    }
}
