package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.documents.search.IndexRebuild;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 检索索引维护 — the documents search index is rebuilt from the database in the background: at start when it lacks
 * what the database holds (a new node, a lost index, a new mapping version), and when a system administrator asks.
 * Searches keep working meanwhile, on what is indexed so far.
 */
@Service
public class SearchIndexMaintenance {

    static final String MANAGE = "hasAuthority('PERM_SEARCH_INDEX_MANAGE')";

    private final IndexRebuild index;
    private final Executor background;
    private final ActorContext actors;

    SearchIndexMaintenance(IndexRebuild index, @Qualifier("applicationTaskExecutor") Executor background,
            ActorContext actors) {
        this.index = index;
        this.background = background;
        this.actors = actors;
    }

    /** In the background, so that neither the check nor the rebuild holds up the start. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfIncomplete() {
        background.execute(() -> {
            if (index.needed()) {
                index.rebuild("at start, the index lacks documents of the database or is of another mapping version");
            }
        });
    }

    /** Starts a rebuild and returns at once; nothing happens while another node is rebuilding. */
    @PreAuthorize(MANAGE)
    public void rebuild() {
        String by = actors.current().username();
        background.execute(() -> index.rebuild("asked by " + by));
    }

    @PreAuthorize(MANAGE)
    public SearchIndexState state() {
        return index.state();
    }
}
