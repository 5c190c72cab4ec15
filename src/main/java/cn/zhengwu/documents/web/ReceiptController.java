package cn.zhengwu.documents.web;

import cn.zhengwu.documents.DocumentDistribution;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 待签收: the copies of issued documents waiting for the reader's unit. */
@Controller
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class ReceiptController {

    private final DocumentDistribution distribution;

    ReceiptController(DocumentDistribution distribution) {
        this.distribution = distribution;
    }

    @GetMapping("/documents/receipts")
    String receipts(Model model) {
        model.addAttribute("documents", distribution.awaitingReceipt());
        return "documents/receipts";
    }
}
