package cn.zhengwu.documents.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.documents.AttachmentId;
import cn.zhengwu.documents.DocumentAttachments;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.NewAttachment;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments (附件) block of a document page, as an htmx fragment: the list with downloads, the upload form and
 * removal, and the 附件说明 as it now stands for the page's clean copy; a refused upload is shown in the block and
 * changed nothing.
 */
@Controller
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DocumentAttachmentsController {

    static final String FRAGMENT = "documents/fragments/attachments :: attachments";

    private final DocumentAttachments attachments;

    DocumentAttachmentsController(DocumentAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/documents/{id}/attachments")
    String list(@PathVariable UUID id, Model model) {
        return fragment(id, model);
    }

    @PostMapping("/documents/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String name, Model model, HttpServletResponse response)
            throws IOException {
        try {
            attachments.attach(new DocumentId(id), new NewAttachment(name,
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
            model.addAttribute("notice", "documents.attachments.added");
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
        }
        return fragment(id, model);
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/documents/{id}/attachments/{attachment}/remove")
    String formAsPage(@PathVariable UUID id) {
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/attachments/{attachment}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID attachment, Model model, HttpServletResponse response) {
        try {
            attachments.remove(new DocumentId(id), new AttachmentId(attachment));
            model.addAttribute("notice", "documents.attachments.removed");
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
        }
        return fragment(id, model);
    }

    @GetMapping("/documents/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        return AttachmentDownloads.of(attachments.file(new DocumentId(id), new AttachmentId(attachment)));
    }

    private String fragment(UUID id, Model model) {
        model.addAttribute("documentId", id);
        model.addAttribute("attachments", attachments.attachments(new DocumentId(id)));
        model.addAttribute("attachmentNote", attachments.attachmentNote(new DocumentId(id)));
        model.addAttribute("mayChange", attachments.mayChange(new DocumentId(id)));
        return FRAGMENT;
    }
}
