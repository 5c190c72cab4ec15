package cn.zhengwu.notification.live;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells every node that a person has news, through PostgreSQL {@code NOTIFY}: each node's {@link NewsListener}
 * hears it and pushes to the browsers connected to that node. Sent inside the transaction that stores the
 * notification, PostgreSQL delivers it only when that transaction commits, so no browser asks for news that is
 * not there yet.
 */
@Component
public class NewsFanOut {

    /** The PostgreSQL channel; the payload is the person's id. */
    public static final String CHANNEL = "zhengwu_notification";

    private final JdbcTemplate jdbc;

    NewsFanOut(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void announce(UUID person) {
        jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, person.toString());
    }
}
