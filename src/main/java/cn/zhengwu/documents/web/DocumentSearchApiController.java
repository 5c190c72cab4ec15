package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentQuery;
import cn.zhengwu.documents.DocumentSearch;
import cn.zhengwu.documents.DocumentSearchResults;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.organization.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents/search}: 公文检索, and the similar documents of one. */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents")
@Tag(name = "Document search", description = "Chinese full-text search of official documents (公文检索)")
class DocumentSearchApiController {

    private final DocumentSearch search;

    DocumentSearchApiController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "Search documents (公文检索)", description = "Words (Chinese is segmented by smartcn) in the "
        + "title, body, attachments' text, issuer, recipients or issuing number, all words required; filters by type, "
        + "issuing organ, year (of the issuing number, else of the date written) and status. Best matches first; "
        + "without words, newest first. Pages of " + DocumentSearch.PAGE_SIZE + ", from 0. Documents the caller may "
        + "not read are neither returned nor counted in total.")
    @ApiResponse(responseCode = "200", description = "One page of found documents and how many in all")
    @ApiResponse(responseCode = "400", description = "An unknown type or status, or a malformed organ id")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    DocumentSearchResults search(@Parameter(description = "The words, e.g. 城市更新") @RequestParam(defaultValue = "")
            String q, @Parameter(description = "文种, e.g. NOTICE") @RequestParam(required = false) @Nullable DocumentType type,
            @Parameter(description = "发文机关: the issuing unit's id") @RequestParam(required = false) @Nullable UUID organ,
            @Parameter(description = "年度, e.g. 2026") @RequestParam(required = false) @Nullable Integer year,
            @Parameter(description = "DRAFT, IN_APPROVAL, SIGNED or ISSUED") @RequestParam(required = false)
            @Nullable DocumentStatus status,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page) {
        return search.search(new DocumentQuery(q, type, organ == null ? null : new UnitId(organ), year, status), page);
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Similar documents (相似公文)", description = "Up to five readable documents sharing most "
        + "words with this one's subject (事由) and the start of its body: earlier documents on the same matter.")
    @ApiResponse(responseCode = "200", description = "The similar documents, most similar first")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    List<DocumentSummary> similar(@PathVariable UUID id) {
        return search.similar(new DocumentId(id));
    }
}
