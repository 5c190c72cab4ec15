package cn.zhengwu.clocks.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.ZhengwuApplication;
import cn.zhengwu.clocks.watch.Recomputation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputing 100 000 open clocks after a calendar change (target: at most 10 s). Not JMH: the work is one database
 * round trip of reads and batched writes, so it is timed end to end against the embedded PostgreSQL of the test
 * class path. Starts the application (on a random port), inserts the clocks (disclosure replies received over
 * 2025–2026, a fifth of them with a third-party consultation), all with a stale due moment so that every one moves
 * and writes its history line — the worst case — then times three recomputations. Command and result:
 * {@code docs/performance.md}.
 */
public final class RecomputationBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RecomputationBenchmark.class);
    private static final int CLOCKS = 100_000;

    private RecomputationBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplication(ZhengwuApplication.class)
            .run("--server.port=0", "--zhengwu.demo.enabled=false",
                "--logging.level.cn.zhengwu=INFO")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Recomputation recomputation = context.getBean(Recomputation.class);
            insertClocks(jdbc);
            for (int run = 1; run <= 3; run++) {
                jdbc.update("UPDATE clocks_clock SET due_at = ? WHERE subject_module = 'bench'",
                    Timestamp.from(Instant.EPOCH));
                long started = System.nanoTime();
                int recomputed = recomputation.recomputeOpenClocks("benchmark run " + run);
                long millis = (System.nanoTime() - started) / 1_000_000;
                log.info("Run {}: recomputed {} open clocks (every due moment moved) in {} ms", run, recomputed, millis);
            }
        }
    }

    private static void insertClocks(JdbcTemplate jdbc) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant first = LocalDateTime.of(2025, 1, 2, 9, 0).atZone(zone).toInstant();
        List<Object[]> clocks = new ArrayList<>(CLOCKS);
        List<Object[]> pauses = new ArrayList<>();
        for (int i = 0; i < CLOCKS; i++) {
            UUID id = UUID.randomUUID();
            Instant received = first.plusSeconds(600L * i);
            clocks.add(new Object[] { id, "bench", "request", Integer.toString(i), "disclosure-reply",
                Timestamp.from(received), Timestamp.from(received), Timestamp.from(Instant.EPOCH) });
            if (i % 5 == 0) {
                pauses.add(new Object[] { id, 1, Timestamp.from(received.plusSeconds(86_400L * 3)),
                    Timestamp.from(received.plusSeconds(86_400L * 9)), "征询第三方" });
            }
        }
        jdbc.batchUpdate("INSERT INTO clocks_clock (id, subject_module, subject_type, subject_id, rule, status, "
            + "started_at, received_at, due_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)", clocks);
        jdbc.batchUpdate("INSERT INTO clocks_pause (clock_id, position, from_at, to_at, reason) VALUES (?, ?, ?, ?, ?)",
            pauses);
        log.info("Inserted {} open clocks, {} with a pause", CLOCKS, pauses.size());
    }
}
