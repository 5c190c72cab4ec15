package cn.zhengwu.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the last rebuild of the documents search index (重建索引) on this node stands.
 *
 * @param documents how many documents the finished rebuild indexed
 * @param failure why the last rebuild failed
 */
public record SearchIndexState(Phase phase, @Nullable Instant startedAt, @Nullable Instant finishedAt, long documents,
        @Nullable String failure) {

    public enum Phase {
        /** No rebuild since this node started: the index is kept up to date as documents change. */
        NOT_REBUILT,
        REBUILDING,
        REBUILT,
        FAILED
    }

    public static SearchIndexState initial() {
        return new SearchIndexState(Phase.NOT_REBUILT, null, null, 0, null);
    }

    public SearchIndexState rebuilding(Instant at) {
        return new SearchIndexState(Phase.REBUILDING, at, null, 0, null);
    }

    public SearchIndexState rebuilt(Instant at, long indexed) {
        return new SearchIndexState(Phase.REBUILT, startedAt, at, indexed, null);
    }

    public SearchIndexState failed(Instant at, String why) {
        return new SearchIndexState(Phase.FAILED, startedAt, at, 0, why);
    }
}
