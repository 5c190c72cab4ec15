package cn.zhengwu.documents.web;

import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentQuery;
import cn.zhengwu.documents.DocumentSearch;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.organization.UnitId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 公文检索 page ({@code /documents/search}) and the similar-documents fragment of a document page. */
@Controller
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DocumentSearchController {

    private final DocumentSearch search;

    DocumentSearchController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/documents/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable UUID organ, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DocumentQuery query = new DocumentQuery(q, type, organ == null ? null : new UnitId(organ), year, status);
        model.addAttribute("query", query);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("organs", search.issuingOrgans());
        model.addAttribute("results", search.search(query, page));
        return "documents/search";
    }

    @GetMapping("/documents/{id}/similar")
    String similar(@PathVariable UUID id, Model model) {
        model.addAttribute("similar", search.similar(new DocumentId(id)));
        return "documents/fragments/similar :: similar";
    }
}
