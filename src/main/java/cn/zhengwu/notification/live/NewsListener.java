package cn.zhengwu.notification.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on this node for the news {@link NewsFanOut} announces, on a connection of its own taken from the
 * DataSource and held while the node runs, and hands each person's id to the consumer. A background thread
 * waits for notifications half a second at a time, so it notices a stop quickly; when the connection breaks it
 * takes a new one after a pause. Meanwhile browsers still see their news on the next page load.
 */
public class NewsListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NewsListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Consumer<UUID> news;
    private volatile boolean running;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private volatile CountDownLatch listening = new CountDownLatch(1);
    private volatile @Nullable Thread thread;

    public NewsListener(DataSource dataSource, Consumer<UUID> news) {
        this.dataSource = dataSource;
        this.news = news;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        listening = new CountDownLatch(1);
        Thread listener = new Thread(this::listen, "notification-news");
        listener.setDaemon(true);
        listener.start();
        thread = listener;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped.countDown();
        Thread listener = thread;
        try {
            if (listener != null) {
                listener.join(Duration.ofSeconds(5));
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Waits until the listener has subscribed to the channel; for tests and for orderly start-up. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                receive(connection);
            }
            catch (SQLException | RuntimeException failure) {
                if (running) {
                    log.warn("Listening for notifications failed; trying again in {}", RECONNECT_PAUSE, failure);
                    pause();
                }
            }
        }
        log.debug("Stopped listening for notifications");
    }

    private void receive(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + NewsFanOut.CHANNEL);
        }
        listening.countDown();
        try {
            while (running) {
                PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        deliver(notification.getParameter());
                    }
                }
            }
        }
        finally {
            // The connection goes back to the pool: it must not keep collecting notifications there.
            try (Statement statement = connection.createStatement()) {
                statement.execute("UNLISTEN *");
            }
        }
    }

    private void deliver(String payload) {
        try {
            news.accept(UUID.fromString(payload));
        }
        catch (RuntimeException failure) {
            log.warn("Could not pass on the news for {}", payload, failure);
        }
    }

    private void pause() {
        try {
            stopped.await(RECONNECT_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
