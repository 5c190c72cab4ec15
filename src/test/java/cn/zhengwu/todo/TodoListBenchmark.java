package cn.zhengwu.todo;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The to-do list benchmark, run only on demand because it fills the test database:
 * {@code zmvn -q test -Dtest=TodoListBenchmark -Dtodo.benchmark.items=1000000}. It inserts the items with
 * {@code perf/todo-items.sql}, then reads the first page and filtered pages of a person with 2 000 items through
 * {@link TodoManagement#list} (server time: facade, SQL and names, no HTTP) and logs p50/p95 per query, and the
 * PostgreSQL plan of the first page. The results are in {@code docs/performance.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "todo.benchmark.items", matches = "\\d+")
class TodoListBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TodoListBenchmark.class);
    static final int RUNS = 200;

    @Test
    void firstAndFilteredPagesStayWithinOneHundredMillisecondsAtP95(@Autowired TodoManagement todo,
            @Autowired JdbcTemplate jdbc, @Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) throws Exception {
        ZhengwuUser heavy = new People(organization, identity, users).newcomer("压测");
        long items = Long.parseLong(System.getProperty("todo.benchmark.items"));
        String script = Files.readString(Path.of("perf/todo-items.sql"))
            .replace(":n", Long.toString(items)).replace(":heavy", "'" + heavy.personId() + "'");
        long start = System.nanoTime();
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        log.info("Inserted {} items in {} s; table now holds {}", items, (System.nanoTime() - start) / 1_000_000_000,
            jdbc.queryForObject("SELECT count(*) FROM todo_item", Long.class));

        Map<String, TodoFilter> queries = Map.of(
            "first page 待办", TodoFilter.of(TodoTab.TO_DO),
            "first page 待阅", TodoFilter.of(TodoTab.TO_READ),
            "first page 已办", TodoFilter.of(TodoTab.CLOSED),
            "特急 only", new TodoFilter(TodoTab.TO_DO, Urgency.EXTRA_URGENT, false, null, "", null),
            "overdue only", new TodoFilter(TodoTab.TO_DO, null, true, null, "", null),
            "origin module", new TodoFilter(TodoTab.TO_DO, null, false, "supervision", "", null),
            "title text", new TodoFilter(TodoTab.TO_DO, null, false, null, "99", null));
        List<Long> worst = new ArrayList<>();
        for (var query : queries.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int run = 0; run < RUNS + 20; run++) {
                long began = System.nanoTime();
                as(heavy, () -> todo.list(query.getValue(), 20));
                if (run >= 20) {
                    micros.add((System.nanoTime() - began) / 1_000);
                }
            }
            Collections.sort(micros);
            long p95 = micros.get(RUNS * 95 / 100);
            worst.add(p95);
            log.info("{}: p50 {} ms, p95 {} ms, max {} ms", query.getKey(), micros.get(RUNS / 2) / 1000.0,
                p95 / 1000.0, micros.getLast() / 1000.0);
        }
        jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM todo_item WHERE assignee_id IN ('"
            + heavy.personId() + "') AND state = 'OPEN' AND kind = 'TO_DO' ORDER BY due_sort, priority, id LIMIT 21",
            String.class).forEach(line -> log.info("plan: {}", line));
        assertThat(Collections.max(worst)).as("worst p95 in microseconds").isLessThanOrEqualTo(100_000);
    }
}
