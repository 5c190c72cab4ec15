package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.SearchIndexMaintenance;
import cn.zhengwu.documents.SearchIndexState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/search}: the system administrator rebuilds the full-text index (重建索引). */
@RestController
@RequestMapping(ApiPaths.V1 + "/admin/search")
@Tag(name = "Search index", description = "Rebuilding the full-text search index (system administrator)")
class SearchIndexApiController {

    private final SearchIndexMaintenance maintenance;

    SearchIndexApiController(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the search index", description = "Empties the documents index and indexes every "
        + "document again from the database, in the background; one node at a time. Follow it with GET.")
    void reindex() {
        maintenance.rebuild();
    }

    @GetMapping
    @Operation(summary = "Where the last rebuild on this node stands")
    SearchIndexState state() {
        return maintenance.state();
    }
}
