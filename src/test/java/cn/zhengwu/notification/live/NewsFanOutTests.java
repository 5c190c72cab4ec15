package cn.zhengwu.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import cn.zhengwu.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * News announced on one database connection is heard by a listener on another, as it is between two nodes:
 * PostgreSQL {@code LISTEN/NOTIFY}, and only for transactions that commit.
 */
@IntegrationTest
class NewsFanOutTests {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    DataSource dataSource;

    @Autowired
    NewsFanOut fanOut;

    @Autowired
    TransactionTemplate transactions;

    final List<UUID> heard = new CopyOnWriteArrayList<>();
    NewsListener otherNode;

    @BeforeEach
    void startListeningAsAnotherNode() throws InterruptedException {
        otherNode = new NewsListener(dataSource, heard::add);
        otherNode.start();
        assertThat(otherNode.awaitListening(PATIENCE)).isTrue();
    }

    @AfterEach
    void stopListening() {
        otherNode.stop();
    }

    @Test
    void anotherNodeHearsThatAPersonHasNews() {
        UUID person = UUID.randomUUID();

        fanOut.announce(person);

        await().atMost(PATIENCE).until(() -> heard.contains(person));
    }

    @Test
    void newsOfATransactionThatRollsBackIsNeverHeard() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            fanOut.announce(rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> fanOut.announce(committed));

        // PostgreSQL delivers in commit order: once the later news is heard, the earlier would have been too.
        await().atMost(PATIENCE).until(() -> heard.contains(committed));
        assertThat(heard).doesNotContain(rolledBack);
    }

    @Test
    void aStoppedListenerHearsNothingMore() throws InterruptedException {
        otherNode.stop();
        List<UUID> stillListening = new CopyOnWriteArrayList<>();
        NewsListener thirdNode = new NewsListener(dataSource, stillListening::add);
        thirdNode.start();
        try {
            assertThat(thirdNode.awaitListening(PATIENCE)).isTrue();
            UUID person = UUID.randomUUID();

            fanOut.announce(person);

            await().atMost(PATIENCE).until(() -> stillListening.contains(person));
            assertThat(otherNode.isRunning()).isFalse();
            assertThat(heard).doesNotContain(person);
        }
        finally {
            thirdNode.stop();
        }
    }
}
