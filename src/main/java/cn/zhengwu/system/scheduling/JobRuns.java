package cn.zhengwu.system.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records each run of a scheduled job in {@code system_job_run}. */
@Component
public class JobRuns {

    private final JdbcTemplate jdbc;
    private final NodeName node;
    private final Clock clock;

    JobRuns(JdbcTemplate jdbc, NodeName node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** Runs the work and records when, where and how it ended; a failure is recorded, then rethrown. */
    public void record(String job, Runnable work) {
        Timestamp started = Timestamp.from(clock.instant());
        try {
            work.run();
            insert(job, started, "SUCCEEDED", null);
        }
        catch (RuntimeException failure) {
            String detail = String.valueOf(failure.getMessage());
            insert(job, started, "FAILED", detail.substring(0, Math.min(detail.length(), 500)));
            throw failure;
        }
    }

    /** The most recent runs of a job, newest first: {@code node} of each. */
    public List<String> nodesOfRecentRuns(String job, int limit) {
        return jdbc.queryForList("SELECT node FROM system_job_run WHERE job = ? ORDER BY id DESC LIMIT ?",
            String.class, job, limit);
    }

    private void insert(String job, Timestamp started, String outcome, @org.jspecify.annotations.Nullable String detail) {
        jdbc.update("INSERT INTO system_job_run (job, node, started_at, finished_at, outcome, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?)", job, node.value(), started, Timestamp.from(clock.instant()), outcome, detail);
    }
}
