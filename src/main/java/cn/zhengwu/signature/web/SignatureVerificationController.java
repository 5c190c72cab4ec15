package cn.zhengwu.signature.web;

import java.time.Clock;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.config.SignatureProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 验签 — the public page where anyone who received an issued document uploads its PDF and sees whether it is intact,
 * who signed it and when. Open without signing in; the file is verified in memory and not kept.
 */
@Controller
@RequestMapping("/signatures/verify")
class SignatureVerificationController {

    static final String VIEW = "signature/verify";

    private final DocumentSignatures signatures;
    private final SignatureProperties properties;
    private final Clock clock;

    SignatureVerificationController(DocumentSignatures signatures, SignatureProperties properties, Clock clock) {
        this.signatures = signatures;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxUploadMegabytes", properties.maxUploadSize().toMegabytes());
        model.addAttribute("zone", clock.getZone());
        return VIEW;
    }

    @PostMapping
    String verify(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("result", signatures.verify(UploadedPdf.read(file, properties.maxUploadSize())));
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
        }
        return form(model);
    }
}
