package cn.zhengwu.documents.search;

import cn.zhengwu.documents.SearchIndexState;
import cn.zhengwu.documents.draft.Document;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 重建索引: fills the documents index from the database with Hibernate Search's mass indexer. The index is only a
 * copy of the database, so this is how it is created on a new node, recovered after loss, and brought to a new
 * mapping. One node at a time (ShedLock): on several nodes the index is the shared cluster's (ADR 0011), and two
 * rebuilds would only purge each other's work.
 */
@Component
public class IndexRebuild {

    static final String JOB = "search-index-rebuild";
    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagers;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private volatile SearchIndexState state = SearchIndexState.initial();

    IndexRebuild(EntityManagerFactory entityManagers, EntityManager entityManager,
            PlatformTransactionManager transactions, Clock clock) {
        this.entityManagers = entityManagers;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Whether the index lacks what the database holds: it is empty while documents exist, or holds documents
     * indexed by another version of the mapping.
     */
    public boolean needed() {
        if (count(f -> f.matchAll()) == 0) {
            Long documents = readOnly.execute(status -> entityManager
                .createQuery("select count(d) from Document d", Long.class).getSingleResult());
            return documents != null && documents > 0;
        }
        return count(f -> f.not(f.match().field(DocumentFields.MAPPING_VERSION).matching(SearchMapping.VERSION))) > 0;
    }

    /** Empties the index and indexes every document again; returns when done. Skipped while another node rebuilds. */
    @SchedulerLock(name = JOB, lockAtMostFor = "PT2H")
    public void rebuild(String reason) {
        Instant started = clock.instant();
        state = state.rebuilding(started);
        log.info("Rebuilding the documents search index: {}", reason);
        try {
            Search.mapping(entityManagers).scope(Document.class).massIndexer().startAndWait();
            long indexed = count(f -> f.matchAll());
            state = state.rebuilt(clock.instant(), indexed);
            log.info("Rebuilt the documents search index: {} documents in {} s", indexed,
                Duration.between(started, clock.instant()).toSeconds());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            state = state.failed(clock.instant(), "interrupted");
            log.warn("Rebuilding the documents search index was interrupted");
        }
        catch (RuntimeException failure) {
            state = state.failed(clock.instant(), String.valueOf(failure.getMessage()));
            log.error("Rebuilding the documents search index failed", failure);
        }
    }

    private long count(Function<SearchPredicateFactory, PredicateFinalStep> which) {
        Long count = readOnly.execute(status -> Search.session(entityManager).search(Document.class).where(which)
            .fetchTotalHitCount());
        return count == null ? 0 : count;
    }

    public SearchIndexState state() {
        return state;
    }
}
