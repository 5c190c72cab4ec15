package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentTemplateView;
import cn.zhengwu.documents.DocumentTemplates;
import cn.zhengwu.documents.TemplateDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/document-templates}: the 公文模板 that administrators keep. */
@RestController
@RequestMapping(ApiPaths.V1 + "/document-templates")
@Tag(name = "Document templates", description = "公文模板: per type and issuing unit, the 发文机关标志, the code word of "
    + "the number, the GB/T 9704 format, the default 印发机关, the approval model and the starting body")
class DocumentTemplateApiController {

    private final DocumentTemplates templates;

    DocumentTemplateApiController(DocumentTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Every template", description = "Those in force first, then the retired ones. Needs "
        + "DOCUMENT_TEMPLATE_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The templates")
    @ApiResponse(responseCode = "403", description = "Without DOCUMENT_TEMPLATE_MANAGE")
    List<DocumentTemplateView> all() {
        return templates.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template", description = "Needs DOCUMENT_TEMPLATE_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The template")
    @ApiResponse(responseCode = "404", description = "No such template")
    DocumentTemplateView template(@PathVariable UUID id) {
        return templates.template(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a template", description = "For a type and an active unit that has none in force. "
        + "The code word is 1 to 16 Chinese characters (ending in 令 for a 令); the model must be a document model "
        + "(with the steps draft, signoff and dispatch). The body is sanitized. Needs DOCUMENT_TEMPLATE_MANAGE.")
    @ApiResponse(responseCode = "201", description = "The template")
    @ApiResponse(responseCode = "400", description = "A field missing or too long, an unknown unit, a code word "
        + "that is not Chinese, an unknown model")
    @ApiResponse(responseCode = "409", description = "The unit already has a template in force for the type")
    DocumentTemplateView create(@RequestBody TemplateDetails details) {
        return templates.create(details);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a template", description = "Same rules as creating; a retired template does not "
        + "change. Drafts already made keep what the template gave them. Needs DOCUMENT_TEMPLATE_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The template")
    @ApiResponse(responseCode = "400", description = "As when creating")
    @ApiResponse(responseCode = "404", description = "No such template")
    @ApiResponse(responseCode = "409", description = "Retired, or another template in force for the type and unit")
    DocumentTemplateView change(@PathVariable UUID id, @RequestBody TemplateDetails details) {
        return templates.change(id, details);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire a template", description = "It no longer shapes drafts and stays listed as retired; "
        + "drafting falls back to the unit's code word. Needs DOCUMENT_TEMPLATE_MANAGE.")
    @ApiResponse(responseCode = "204", description = "Retired")
    @ApiResponse(responseCode = "404", description = "No such template")
    @ApiResponse(responseCode = "409", description = "Already retired")
    void retire(@PathVariable UUID id) {
        templates.retire(id);
    }
}
