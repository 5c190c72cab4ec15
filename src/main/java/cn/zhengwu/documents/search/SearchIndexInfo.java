package cn.zhengwu.documents.search;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} shows where the last rebuild of this node's search index stands. */
@Component
class SearchIndexInfo implements InfoContributor {

    private final IndexRebuild index;

    SearchIndexInfo(IndexRebuild index) {
        this.index = index;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("searchIndex", index.state());
    }
}
