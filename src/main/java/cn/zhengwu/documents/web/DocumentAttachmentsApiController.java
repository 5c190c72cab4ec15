package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.AttachmentId;
import cn.zhengwu.documents.AttachmentView;
import cn.zhengwu.documents.DocumentAttachments;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.NewAttachment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/documents/{id}/attachments}: the attachments (附件) of a document. */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents/{id}/attachments")
@Tag(name = "Document attachments", description = "Attachments (附件) of official documents")
class DocumentAttachmentsApiController {

    private final DocumentAttachments attachments;

    DocumentAttachmentsApiController(DocumentAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @Operation(summary = "List the attachments", description = "In the order of the 附件说明, with the type detected "
        + "from each file's content, its size and SHA-256.")
    @ApiResponse(responseCode = "200", description = "The attachments")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    List<AttachmentView> list(@PathVariable UUID id) {
        return attachments.attachments(new DocumentId(id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file", description = "By the drafter of a draft or the holder of its current step "
        + "(after sign-off this sends it back to the signer). Accepted: PDF, OFD, DOCX/DOC (and WPS saved as such), "
        + "XLSX/XLS, PNG/JPEG/TIFF/GIF/BMP, plain text, and ZIPs holding only those — detected from the content, "
        + "never the name. Limits: zhengwu.documents.attachments.* (docs/configuration.md). The document's 附件说明 "
        + "(attachmentNames) follows: while it names exactly the attachments, it names the new one too; once the "
        + "drafter wrote it otherwise, it stays as written.")
    @ApiResponse(responseCode = "201", description = "Attached; Location names the file")
    @ApiResponse(responseCode = "400", description = "Empty, too large, a refused type, a name with path characters, "
        + "or too many attachments; nothing changed")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or may not change the document now")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    @ApiResponse(responseCode = "409", description = "The document was issued, or the same file is already attached")
    ResponseEntity<AttachmentView> attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @Parameter(description = "Its line in the 附件说明; by default the next line not yet attached, else the "
                + "file's name without its extension and without a label such as 附件1： in front")
            @RequestParam(required = false) @Nullable String name)
            throws IOException {
        AttachmentView attached = attachments.attach(new DocumentId(id),
            new NewAttachment(name, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes()));
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/documents/" + id + "/attachments/" + attached.id()))
            .body(attached);
    }

    @GetMapping("/{attachment}")
    @Operation(summary = "Download an attachment", description = "The file as uploaded, with its detected type.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document or attachment, or the caller may not read it")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        return AttachmentDownloads.of(attachments.file(new DocumentId(id), new AttachmentId(attachment)));
    }

    @DeleteMapping("/{attachment}")
    @Operation(summary = "Remove an attachment", description = "Before sign-off only, by whoever may change the "
        + "document; the attachments after it move up, and a 附件说明 that named exactly the attachments drops it.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or may not change the document now")
    @ApiResponse(responseCode = "404", description = "No such document or attachment, or the caller may not read it")
    @ApiResponse(responseCode = "409", description = "The document has been signed off")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID attachment) {
        attachments.remove(new DocumentId(id), new AttachmentId(attachment));
        return ResponseEntity.noContent().build();
    }
}
